// Whether a post X shows is the text DoppelCart sent. X gives the text back changed: links
// become t.co links and &, < and > come back as HTML entities; comparing without the links,
// with the entities decoded and the spaces evened out, finds the post despite both.

const LINK = /https?:\/\/\S+/g;

function normalised(text: string): string {
  return text
    .replace(LINK, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function samePostText(shown: string, sent: string): boolean {
  return normalised(shown) === normalised(sent);
}
