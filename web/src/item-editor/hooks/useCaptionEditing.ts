import { useState } from 'react';

interface Replacement {
  before: string;
  after: string;
  /** What was put in, for the undo notice. */
  what: string;
}

/**
 * The caption's assisted edits: a proposal shown beside the field until it is accepted or
 * discarded, and an undo for the text last put into the field (an accepted proposal, an earlier
 * caption), offered while the field still holds that text. Nothing here saves: Save does.
 */
export function useCaptionEditing(caption: string, setCaption: (caption: string) => void) {
  const [proposal, setProposal] = useState<string | null>(null);
  const [replacement, setReplacement] = useState<Replacement | null>(null);

  function put(text: string, what: string) {
    setReplacement({ before: caption, after: text, what });
    setCaption(text);
  }

  return {
    proposal,
    /** Shows a new proposal, or the proposal as the person edits it. */
    setProposal,
    accept() {
      if (proposal === null) return;
      put(proposal, 'The proposal is in the caption');
      setProposal(null);
    },
    discard: () => setProposal(null),
    putBack: (earlier: string) => put(earlier, 'The earlier caption is back in the field'),
    undoable: replacement && replacement.after === caption ? replacement.what : null,
    undo() {
      if (!replacement) return;
      setCaption(replacement.before);
      setReplacement(null);
    },
  };
}

export type CaptionEditing = ReturnType<typeof useCaptionEditing>;
