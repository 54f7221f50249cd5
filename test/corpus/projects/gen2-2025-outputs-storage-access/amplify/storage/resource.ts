import { defineStorage } from '@aws-amplify/backend';

export const storage = defineStorage({
  name: 'workDrive',
  access: (allow) => ({
    'company/{entity_id}/*': [
      allow.groups(['ADMINS', 'MEMBERS']).to(['get', 'list']),
      allow.entity('identity').to(['get', 'list', 'write', 'delete']),
    ],
    'public/*': [allow.guest.to(['get']), allow.authenticated.to(['get', 'list', 'write'])],
  }),
});
