// Every Mantine stylesheet the signed-in app uses, and the app's own overrides after them (the
// later rule wins). Imported by the pages past sign-in, so the first screen does not wait for
// them (app/first-screen-styles.ts has what it needs).
import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/notifications/styles.css';
import './dialogs.css';
