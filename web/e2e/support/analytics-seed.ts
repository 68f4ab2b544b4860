import pg from 'pg';

// Measured history put straight into the app's database, as the collector would have left it
// after a few weeks: a post_performance row per post and its checkpoint snapshots. (Real
// checkpoints come an hour and more after publishing, too late for a browser test.)

export interface Figures {
  reach: number;
  interactions: number;
}

/** A post published on `weeksAgo` weeks before the latest past `weekday` (1 = Monday) at `hour`, in the persona's zone. */
export interface SeededPost extends Figures {
  title: string;
  caption: string;
  weekday: number;
  hour: number;
  weeksAgo: number;
}

// The most recent past wall-clock slot (weekday, hour) in the zone, `weeksAgo` weeks earlier, as an instant.
const slotInstant = `
  SELECT (CASE WHEN s < t THEN s ELSE s - interval '7 days' END - make_interval(days => 7 * $4::int)) AT TIME ZONE $1 AS at
    FROM (SELECT t, date_trunc('day', t) - make_interval(days => (extract(isodow FROM t)::int - $2::int + 7) % 7) + make_interval(hours => $3::int) AS s
            FROM (SELECT now() AT TIME ZONE $1 AS t) AS clock) AS slot`;

function breakdown({ reach, interactions }: Figures) {
  const likes = Math.round(interactions * 0.7);
  const comments = Math.round(interactions * 0.1);
  const shares = Math.round(interactions * 0.1);
  return { reach, views: reach + 500, likes, comments, shares, saved: interactions - likes - comments - shares, interactions };
}

export class AnalyticsSeed {
  private constructor(
    private readonly client: pg.Client,
    readonly personaId: string,
    readonly userId: string,
    readonly timeZone: string,
    readonly channelId: string,
  ) {}

  static async open(databaseUrl: string, personaId: string): Promise<AnalyticsSeed> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows: [persona] } = await client.query<{ user_id: string; time_zone: string; channel_id: string }>(
      `SELECT p.user_id, p.time_zone, c.id AS channel_id FROM personas p
         JOIN channel_integrations c ON c.persona_id = p.id AND c.platform = 'sandbox' WHERE p.id = $1`,
      [personaId],
    );
    if (!persona) throw new Error(`persona ${personaId} has no Sandbox channel`);
    return new AnalyticsSeed(client, personaId, persona.user_id, persona.time_zone, persona.channel_id);
  }

  /** The id of one of the persona's items, by title. */
  async itemId(title: string): Promise<string> {
    const { rows: [item] } = await this.client.query<{ id: string }>('SELECT id FROM content_items WHERE persona_id = $1 AND title = $2', [this.personaId, title]);
    if (!item) throw new Error(`no item “${title}”`);
    return item.id;
  }

  /** A posted Sandbox item with its figures; returns its id. */
  async insertMeasuredPost(post: SeededPost): Promise<string> {
    const { rows: [slot] } = await this.client.query<{ at: Date }>(slotInstant, [this.timeZone, post.weekday, post.hour, post.weeksAgo]);
    const { rows: [item] } = await this.client.query<{ id: string }>(
      `INSERT INTO content_items (persona_id, title, caption, platform, status, scheduled_at, published_at)
       VALUES ($1, $2, $3, 'sandbox', 'posted', $4, $4) RETURNING id`,
      [this.personaId, post.title, post.caption, slot!.at],
    );
    await this.measure(item!.id, post);
    return item!.id;
  }

  /**
   * Figures for a posted item: the 1-hour checkpoint (40 % of the audience so far, saves not
   * reported yet) and the 1-day one, whose figures become the item's latest.
   */
  async measure(itemId: string, figures: Figures): Promise<void> {
    const early = breakdown({ reach: Math.round(figures.reach * 0.4), interactions: Math.round(figures.interactions * 0.4) });
    const final = breakdown(figures);
    const snapshot = `
      INSERT INTO analytics_snapshots (persona_id, content_item_id, channel_integration_id, platform, captured_at, checkpoint,
        views, reach, likes, comments, shares, saved, total_interactions, unavailable, simulated)
      SELECT persona_id, id, $2, 'sandbox', least(published_at + $3::interval, now()), $4, $5, $6, $7, $8, $9, $10, $11, $12, true
        FROM content_items WHERE id = $1`;
    const values = (f: ReturnType<typeof breakdown>) => [f.views, f.reach, f.likes, f.comments, f.shares];
    await this.client.query(snapshot, [itemId, this.channelId, '1 hour', '1h', ...values(early), null, early.interactions, ['saved']]);
    await this.client.query(snapshot, [itemId, this.channelId, '1 day', '1d', ...values(final), final.saved, final.interactions, []]);
    await this.client.query(
      `INSERT INTO post_performance (content_item_id, persona_id, platform, published_at, captured_at,
         views, reach, likes, comments, shares, saved, total_interactions, engagement_rate, simulated)
       SELECT id, persona_id, 'sandbox', published_at, least(published_at + interval '1 day', now()), $2, $3::int, $4, $5, $6, $7, $8::int, $8::float / $3::int, true
         FROM content_items WHERE id = $1`,
      [itemId, ...values(final), final.saved, final.interactions],
    );
  }

  /** Tells the app's listeners that new figures arrived, as the collector does after it commits. */
  async announce(itemId: string | null): Promise<void> {
    const event = { type: 'analytics_updated', personaId: this.personaId, userId: this.userId, itemId, capturedAt: new Date().toISOString() };
    await this.client.query(`SELECT pg_notify('doppelcart_events', $1)`, [JSON.stringify(event)]);
  }

  /** The persona's first plan, whose page shows the recommendations. */
  async planId(): Promise<string> {
    const { rows: [plan] } = await this.client.query<{ id: string }>('SELECT id FROM content_plans WHERE persona_id = $1 ORDER BY created_at LIMIT 1', [this.personaId]);
    if (!plan) throw new Error('the persona has no plan');
    return plan.id;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
