import sharp from 'sharp';
import { DIGITAL_SOURCE_TYPES, type DigitalSourceType } from '../modules/shared/domain.js';

// Where an image came from, in the words every major platform and C2PA tool reads: the IPTC
// Digital Source Type, written into the image's XMP (Iptc4xmpExt:DigitalSourceType). Generated
// images say trainedAlgorithmicMedia; an upload says what the person declared. The XMP is kept
// through every copy DoppelCart makes (the Instagram JPEG included, jpeg-rendition.ts).

export { DIGITAL_SOURCE_TYPES, type DigitalSourceType };

const VOCABULARY = 'http://cv.iptc.org/newscodes/digitalsourcetype/';

export const digitalSourceTypeUri = (type: DigitalSourceType) => `${VOCABULARY}${type}`;

export function isDigitalSourceType(value: string): value is DigitalSourceType {
  return (DIGITAL_SOURCE_TYPES as readonly string[]).includes(value);
}

/** An XMP packet that says only the digital source type. */
export function digitalSourceXmp(type: DigitalSourceType): string {
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">',
    `<Iptc4xmpExt:DigitalSourceType>${digitalSourceTypeUri(type)}</Iptc4xmpExt:DigitalSourceType>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('');
}

/** The digital source type an image's XMP declares, or null. */
export async function readDigitalSourceType(bytes: Buffer): Promise<DigitalSourceType | null> {
  const { xmp } = await sharp(bytes).metadata();
  const declared = xmp?.toString('utf8').match(/DigitalSourceType(?:>|=")\s*http:\/\/cv\.iptc\.org\/newscodes\/digitalsourcetype\/([A-Za-z]+)/)?.[1];
  return declared && isDigitalSourceType(declared) ? declared : null;
}
