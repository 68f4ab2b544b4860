# Production image: the built SPA and server in one Node process; Postgres comes from
# DATABASE_URL (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.21.0
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY server/package.json server/
COPY web/package.json web/
RUN pnpm install --frozen-lockfile
# FFmpeg and FFprobe ship inside @ffmpeg-installer/@ffprobe-installer; their install scripts
# mark them executable for the owner only, and the app runs as `node`: everyone may run them.
RUN find node_modules/.pnpm -path '*-installer/linux-*/ff*' -type f -name 'ff*' -exec chmod 755 {} +
COPY . .
RUN pnpm build

FROM node:20-bookworm-slim
WORKDIR /app
# The app directory stays root-owned and read-only to the app; what must persist (the embedded
# database, generated keys, local assets) goes to DATA_DIR, a volume the `node` user owns. In
# compose and Kubernetes nothing lives there: PostgreSQL, S3 and keys from the environment.
ENV NODE_ENV=production PORT=4000 DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data
COPY --from=build /app/package.json /app/schema.graphql ./
COPY --from=build /app/migrations ./migrations
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/server/package.json ./server/
COPY --from=build /app/server/node_modules ./server/node_modules
COPY --from=build /app/server/dist ./server/dist
COPY --from=build /app/server/scripts ./server/scripts
COPY --from=build /app/web/dist ./web/dist
# The web app's documents by hash (trusted documents): what the API runs for a hash.
COPY --from=build /app/web/src/gql/persisted-documents.json ./web/src/gql/persisted-documents.json
USER node
VOLUME /data
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server/dist/main.js"]
