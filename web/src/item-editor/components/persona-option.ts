/** A persona as the content page's selects need it. */
export interface PersonaOption {
  id: string;
  name: string;
  handle: string;
  timeZone: string;
}

export function personaSelectData(personas: ReadonlyArray<PersonaOption>) {
  return personas.map((persona) => ({ value: persona.id, label: `${persona.name} (@${persona.handle})` }));
}
