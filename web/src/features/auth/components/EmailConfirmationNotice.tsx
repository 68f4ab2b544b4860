import { Alert } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { EmailConfirmation } from './EmailConfirmation';

const emailConfirmationNoticeFragment = graphql(`
  fragment EmailConfirmationNotice_viewer on Viewer {
    id
    email
    emailVerified
  }
`);

/** A quiet reminder above every page until the address is confirmed; it can be put away for the visit. */
export function EmailConfirmationNotice(props: { viewer: FragmentType<typeof emailConfirmationNoticeFragment> }) {
  const viewer = getFragmentData(emailConfirmationNoticeFragment, props.viewer);
  const [dismissed, setDismissed] = useState(false);
  if (viewer.emailVerified || dismissed) return null;
  return (
    <Alert
      variant="light"
      color="blue"
      icon={<IconMail />}
      withCloseButton
      closeButtonLabel="Hide this reminder"
      onClose={() => setDismissed(true)}
      mb="md"
      role="region"
      aria-label="Confirm your email address"
    >
      <EmailConfirmation email={viewer.email} compact />
    </Alert>
  );
}
