// The background's single message entry point: checks the sender is this extension, validates the
// payload against its schema, then runs the handler. Anything else is refused with a reason.
import { browser, type Browser } from 'wxt/browser';
import type { Envelope, MessageName, Reply, RequestOf, ResponseOf } from '../messages';
import { REQUEST_SCHEMAS } from './protocol';

export type Sender = Browser.runtime.MessageSender;
export type Handler<K extends MessageName> = (data: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>> | ResponseOf<K>;
export type Handlers = { [K in MessageName]?: Handler<K> };

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { oos?: unknown }).oos === 1 &&
    typeof (message as { name?: unknown }).name === 'string'
  );
}

/** Only this extension's own pages and content scripts may talk to the background. */
export function isOwnSender(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

export async function dispatch(message: unknown, sender: Sender, handlers: Handlers): Promise<Reply | undefined> {
  if (!isEnvelope(message)) return undefined;
  if (!isOwnSender(sender)) return { ok: false, error: 'messages are only accepted from Out of Sight itself' };
  const name = message.name as MessageName;
  if (!Object.hasOwn(REQUEST_SCHEMAS, name)) return { ok: false, error: `unknown message "${name}"` };
  const handler = handlers[name] as Handler<MessageName> | undefined;
  if (!handler) return { ok: false, error: `nothing handles "${name}"` };
  const parsed = REQUEST_SCHEMAS[name].safeParse(message.data);
  if (!parsed.success) {
    return { ok: false, error: `invalid ${name}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'data'} ${i.message}`).join('; ')}` };
  }
  try {
    const result = await handler(parsed.data as never, sender);
    return { ok: true, result: result ?? null } as Reply;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (!isEnvelope(message)) return undefined;
    return dispatch(message, sender, handlers);
  });
}
