import { createTheme, Drawer, Modal } from '@mantine/core';
import './dialogs.css';

// A title without spaces (an item's title, a pasted link) wraps instead of pushing the close
// button out of the dialog.
const wrappingTitle = { title: { minWidth: 0, overflowWrap: 'anywhere' } } as const;

export const theme = createTheme({
  primaryColor: 'grape',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    Modal: Modal.extend({ styles: wrappingTitle, classNames: { inner: 'dialog-inner', content: 'dialog-content' } }),
    Drawer: Drawer.extend({ styles: wrappingTitle }),
  },
});
