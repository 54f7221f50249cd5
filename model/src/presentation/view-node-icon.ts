/** A codicon id (`pass`, `sync~spin`) and an optional theme color id (`testing.iconPassed`). */
export interface ViewNodeIcon {
  id: string;
  color?: string;
}
