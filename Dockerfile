# syntax=docker/dockerfile:1
# One image for every Glokal process; docker-compose.yml picks the entry point per service:
#   apps/glokal/src/main.ts (npm start: worker + configured bots), apps/worker/src/main.ts,
#   apps/slack/src/main.ts, apps/discord/src/main.ts. TypeScript runs through tsx, as in development.

FROM node:20-bookworm-slim AS base
WORKDIR /app
RUN npm install --global npm@11 --no-fund --no-audit

# Dependencies first, so source edits do not reinstall them. Every workspace's package.json is
# needed for `npm ci` to link the workspaces (add a line here for a new app or library).
FROM base AS deps
COPY package.json package-lock.json ./
COPY apps/console/package.json apps/console/
COPY apps/discord/package.json apps/discord/
COPY apps/glokal/package.json apps/glokal/
COPY apps/slack/package.json apps/slack/
COPY apps/worker/package.json apps/worker/
COPY libs/chat/package.json libs/chat/
COPY libs/config/package.json libs/config/
COPY libs/domain/package.json libs/domain/
COPY libs/google/package.json libs/google/
COPY libs/queue/package.json libs/queue/
COPY libs/store/package.json libs/store/
COPY libs/sync/package.json libs/sync/
COPY libs/testing/package.json libs/testing/
COPY tools/package.json tools/
# tsx (a dev dependency) runs the TypeScript at run time, so dev dependencies stay.
RUN npm ci --include=dev --no-fund --no-audit

FROM base AS runtime
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.base.json nx.json ./
COPY apps ./apps
COPY libs ./libs
COPY tools ./tools
# Embedded PGlite (when DATABASE_URL is unset) keeps its files here; mount a volume on it.
RUN mkdir -p /app/data && chown node:node /app/data
ENV DATA_DIR=/app/data \
    HTTP_PORT=3000 \
    SLACK_PORT=3001
USER node
EXPOSE 3000 3001
# Node itself is PID 1's child (compose uses `init: true`), so SIGTERM reaches Glokal, which
# stops taking jobs, lets running ones finish and closes its connections.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.HTTP_PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "apps/glokal/src/main.ts"]
