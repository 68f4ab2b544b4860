import { createTheme } from '@mantine/core';

// A title without spaces (an item's title, a pasted link) wraps instead of pushing the close
// button out of the dialog.
const wrappingTitle = { title: { minWidth: 0, overflowWrap: 'anywhere' } } as const;

// The dialog classes are styled in lib/dialogs.css, loaded with the signed-in pages.
export const theme = createTheme({
  primaryColor: 'grape',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    // Plain objects, not Modal.extend(): importing the components here would put them (and what
    // they use) into the first screen's code.
    Modal: { styles: wrappingTitle, classNames: { inner: 'dialog-inner', content: 'dialog-content' } },
    Drawer: { styles: wrappingTitle },
  },
});
