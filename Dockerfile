# The production image: Next's standalone server (no dev dependencies, no sources), run by a
# non-root user. On start it applies the committed migrations and seeds an empty database
# (src/lib/server/lifecycle.ts). Build: docker build --build-arg SITE_URL=https://guide.example.com .

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
# HSTS and absolute URLs are decided at build time: pass the public origin.
ARG SITE_URL=http://localhost:3000
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone SITE_URL=${SITE_URL}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npx next build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 DATA_DIR=/app/.data
RUN groupadd --system --gid 1001 guide \
 && useradd --system --uid 1001 --gid guide --home-dir /app guide \
 && mkdir -p /app/.data/media && chown -R guide:guide /app/.data
COPY --from=build --chown=guide:guide /app/.next/standalone ./
COPY --from=build --chown=guide:guide /app/.next/static ./.next/static
USER guide
EXPOSE 3000 3001
# Media uploads live here unless S3_* is set.
VOLUME ["/app/.data/media"]
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
