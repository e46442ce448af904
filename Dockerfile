# syntax=docker/dockerfile:1
# One image for every Glokal process; docker-compose.yml picks the entry point per service:
#   dist/glokal.mjs (npm start: worker + configured bots), dist/worker.mjs, dist/slack.mjs,
#   dist/discord.mjs; also dist/discord-register.mjs, dist/slack-manifest.mjs, dist/seed.mjs,
#   dist/import.mjs. `npm run build` makes them (plain JavaScript: no TypeScript at run time).

FROM node:20-bookworm-slim AS base
WORKDIR /app
RUN npm install --global npm@11 --no-fund --no-audit

# Every workspace's package.json, and nothing else, so that a source edit does not reinstall
# the dependencies (the copies below are cached by content). `npm ci` needs them all to link
# the workspaces; a new app or library is picked up by itself.
FROM base AS manifests
COPY . /source
RUN cd /source \
  && find . -name package.json -not -path '*/node_modules/*' -print0 \
    | tar --null --files-from=- -cf - package-lock.json | tar -xf - -C /app

# The build: dev dependencies (TypeScript, esbuild) and the sources; bundles into dist/.
FROM base AS build
COPY --from=manifests /app ./
RUN npm ci --include=dev --no-fund --no-audit
COPY tsconfig.base.json ./
COPY apps ./apps
COPY libs ./libs
COPY tools ./tools
RUN npm run build

# Production dependencies only: what the bundles import at run time. The links to our own
# workspaces go (their code is inside the bundles, their sources are not in the image).
FROM base AS production-dependencies
COPY --from=manifests /app ./
RUN npm ci --omit=dev --no-fund --no-audit && rm -rf node_modules/@glokal

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
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
# /readyz: the store and Redis answer (the worker's and the all-in-one's operations port;
# docker-compose.yml sets the Slack app's and the Discord bot's own).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.HTTP_PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/glokal.mjs"]
