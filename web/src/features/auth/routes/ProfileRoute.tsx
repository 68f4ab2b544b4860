import { useQuery } from '@apollo/client/react';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { AccountSecurity } from '../components/AccountSecurity';
import { ProfileForm } from '../components/ProfileForm';

const profilePageQuery = graphql(`
  query ProfilePage {
    viewer {
      id
      ...ProfileForm_viewer
      ...AccountSecurity_viewer
    }
  }
`);

export function ProfileRoute() {
  const { data, error, refetch } = useQuery(profilePageQuery);

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data?.viewer) return <PageLoader rows={2} />;

  return (
    <>
      <PageHeader title="Profile" description="How you appear in DoppelCart and the zone your new personas start in." />
      <ProfileForm key={data.viewer.id} viewer={data.viewer} />
      <AccountSecurity viewer={data.viewer} />
    </>
  );
}
