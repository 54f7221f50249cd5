import { EventStreamCodec, type MessageHeaders } from '@smithy/eventstream-codec';

/**
 * The binary event-stream messages (prelude, headers, payload, CRCs) StartLiveTail's response body is
 * made of, encoded with Smithy's codec: events carry `:message-type: event` and `:event-type`, modeled
 * errors `:message-type: exception` and `:exception-type`, both with a JSON payload.
 */
const codec = new EventStreamCodec(
  (bytes) => Buffer.from(bytes).toString('utf8'),
  (text) => new Uint8Array(Buffer.from(text, 'utf8')),
);

export function eventFrame(eventType: string, payload: unknown): Uint8Array {
  return frame({ ':message-type': text('event'), ':event-type': text(eventType), ':content-type': text('application/json') }, payload);
}

export function exceptionFrame(exceptionType: string, message: string): Uint8Array {
  return frame(
    { ':message-type': text('exception'), ':exception-type': text(exceptionType), ':content-type': text('application/json') },
    { message },
  );
}

function frame(headers: MessageHeaders, payload: unknown): Uint8Array {
  return codec.encode({ headers, body: new Uint8Array(Buffer.from(JSON.stringify(payload), 'utf8')) });
}

function text(value: string): { type: 'string'; value: string } {
  return { type: 'string', value };
}
