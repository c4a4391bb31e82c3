// Help, warnings and errors under a field, tied to it with aria-describedby by id.
export function FieldMessage({ id, kind, text }: { id: string; kind: 'hint' | 'warning' | 'error' | 'ok'; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p id={id} class={`field-message ${kind}`}>
      {text}
    </p>
  );
}

/** The ids of the messages present, for aria-describedby. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter(Boolean) as string[];
  return present.length ? present.join(' ') : undefined;
}
