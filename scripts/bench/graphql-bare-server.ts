/**
 * The baseline of `pnpm bench:graphql`: the least a server can do for the benchmark's two reads
 * on the same database. Bare `node:http` and `pg`, the same statements the app runs (session,
 * persona, plans, items ranked per plan, assets, posts), the same JSON out. No GraphQL, no
 * validation, no limits, no logging: what is left is the cost of the work itself.
 *
 * `node --import tsx scripts/bench/graphql-bare-server.ts` with DATABASE_URL and PORT.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });
const iso = (value: Date | null) => (value ? value.toISOString() : null);

async function viewerOf(authorization: string | undefined): Promise<string | null> {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
  const hash = createHash('sha256').update(token).digest();
  const { rows } = await pool.query<{ user_id: string }>(
    'SELECT user_id FROM sessions WHERE token_hash = $1 AND expires_at > now() AND revoked_at IS NULL',
    [hash],
  );
  return rows[0]?.user_id ?? null;
}

/** The signed-in user's row, as the app's viewer field reads it. */
async function viewer(userId: string) {
  const user = (await pool.query('SELECT * FROM users WHERE id = $1', [userId])).rows[0];
  return user ? { id: user.id } : null;
}

async function nested(userId: string, personaId: string) {
  const persona = (await pool.query('SELECT * FROM personas WHERE id = $1 AND user_id = $2', [personaId, userId])).rows[0];
  if (!persona) return { persona: null };
  const plans = (await pool.query('SELECT * FROM content_plans WHERE persona_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1', [personaId])).rows;
  const items = (
    await pool.query(
      `SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY plan_id ORDER BY scheduled_at ASC NULLS LAST, id ASC) AS position
                        FROM content_items WHERE plan_id = ANY($1::uuid[])) ranked
        WHERE position <= 100 ORDER BY plan_id, position`,
      [plans.map((plan) => plan.id)],
    )
  ).rows;
  const assetIds = [...new Set(items.map((item) => item.asset_id).filter(Boolean))];
  const assets = new Map((await pool.query('SELECT * FROM assets WHERE id = ANY($1::uuid[])', [assetIds])).rows.map((asset) => [asset.id, asset]));
  const posts = (await pool.query('SELECT * FROM scheduled_posts WHERE content_item_id = ANY($1::uuid[]) ORDER BY created_at', [items.map((item) => item.id)])).rows;
  return {
    persona: {
      id: persona.id,
      name: persona.name,
      handle: persona.handle,
      timeZone: persona.time_zone,
      contentPlans: plans.map((plan) => ({
        id: plan.id,
        title: plan.title,
        startDate: plan.start_date,
        endDate: plan.end_date,
        items: items
          .filter((item) => item.plan_id === plan.id)
          .map((item) => {
            const asset = item.asset_id ? assets.get(item.asset_id) : null;
            return {
              id: item.id,
              title: item.title,
              caption: item.caption,
              status: item.status.toUpperCase(),
              platform: item.platform.toUpperCase(),
              scheduledAt: iso(item.scheduled_at),
              version: item.version,
              createdAt: iso(item.created_at),
              updatedAt: iso(item.updated_at),
              asset: asset ? { id: asset.id, mimeType: asset.mime_type, width: asset.width, height: asset.height } : null,
              scheduledPosts: posts
                .filter((post) => post.content_item_id === item.id)
                .map((post) => ({ id: post.id, state: post.state.toUpperCase(), runAt: iso(post.run_at) })),
            };
          }),
      })),
    },
  };
}

const server = http.createServer((req, res) => {
  // The bench waits for this, as for the app's /healthz.
  if (req.url === '/healthz') return void res.writeHead(200).end('ok');
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { operationName: string; variables: { id?: string } };
      const userId = await viewerOf(req.headers.authorization);
      const data =
        body.operationName === 'Viewer' ? { viewer: userId ? await viewer(userId) : null } : userId ? await nested(userId, body.variables.id!) : { persona: null };
      const json = JSON.stringify({ data });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
});
server.listen(Number(process.env['PORT']), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
