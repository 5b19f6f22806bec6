import { MAX_DOCUMENT_LENGTH } from '../../policy/policy-document';
import { defineRule } from '../rule';

/** The minified document is over CAM's 6,144 characters. */
export const documentTooLong = defineRule({
  id: 'document-too-long',
  severity: 'error',
  title: 'The minified document is longer than 6,144 characters',
  explanation: 'CAM refuses a policy document over 6,144 characters (PolicyDocumentLengthOverLimit); whether whitespace ' +
    'counts is undocumented, so the minified length is measured.',
  fix: 'Split the statements over several policies (up to 200 can be attached to one user, group or role).',
  check({ document }) {
    // Minifying only shortens: a text within the limit as written is within it minified.
    if (!document || document.text.length <= MAX_DOCUMENT_LENGTH) return [];
    const length = minifiedLength(document.text);
    if (length <= MAX_DOCUMENT_LENGTH) return [];
    return [{
      message: `The document has ${length} characters minified; CAM allows ${MAX_DOCUMENT_LENGTH}, so it is ${length - MAX_DOCUMENT_LENGTH} ` +
        'too long. Split its statements over several policies.',
      path: '',
    }];
  },
});

/** The length without the whitespace between tokens; strings count as written (escapes included). */
function minifiedLength(text: string): number {
  let length = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      length++;
      if (c === '\\') {
        length++;
        i++;
      } else if (c === '"') {
        inString = false;
      }
    } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') {
      length++;
      inString = c === '"';
    }
  }
  return length;
}
