# sovproxy: sovereignty-aware reverse proxy for LLM APIs.
#
#   docker build -t sovproxy .
#   docker run -p 8080:8080 -v sovproxy-audit:/app/var \
#     -e SOVPROXY_APP_KEY=$(openssl rand -hex 24) -e SCW_SECRET_KEY=... -e OPENAI_EU_API_KEY=... \
#     -e ONPREM_LLM_URL=http://vllm.internal:8000/v1 sovproxy
#
# The shipped config needs the variables above (README, "Environment variables"); on 0.0.0.0 the proxy
# refuses to start without a client key of 16 characters or more. To use your own config and policies,
# mount them over /app/config and /app/policies.
FROM python:3.11-slim

ARG VERSION=0.1.0
LABEL org.opencontainers.image.title="sovproxy" \
      org.opencontainers.image.description="Sovereignty-aware reverse proxy for LLM APIs: classifies each request and routes it only to the backends its policy allows" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.documentation="README.md"

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    SOVPROXY_LISTEN__HOST=0.0.0.0 \
    SOVPROXY_LISTEN__PORT=8080 \
    SOVPROXY_AUDIT__PATH=/app/var/audit.jsonl

RUN groupadd --system sovproxy && useradd --system --gid sovproxy --home-dir /app sovproxy
WORKDIR /app

COPY pyproject.toml requirements.lock README.md ./
COPY proxy ./proxy
RUN pip install --no-compile -c requirements.lock . && rm -rf /root/.cache

COPY config ./config
COPY policies ./policies
RUN mkdir -p /app/var /app/.cache && chown -R sovproxy:sovproxy /app/var /app/.cache

USER sovproxy
# Compile the classifier's patterns once, into the image (/app/.cache/sovproxy, this user's own):
# a container running as this user loads them at start instead of compiling for several seconds.
# The build fails if nothing was written.
RUN echo "warm-up" | sovproxy classify - > /dev/null && ls /app/.cache/sovproxy/*.hsdb > /dev/null
# The audit log (a hash chain: keep it across container restarts).
VOLUME ["/app/var"]
EXPOSE 8080

# Ready (backends configured, policy loaded, audit writable) on the port the proxy listens on.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import os, sys, urllib.request as u; port = os.environ.get('SOVPROXY_LISTEN__PORT', '8080'); sys.exit(0 if u.urlopen(f'http://127.0.0.1:{port}/readyz', timeout=2).status == 200 else 1)"]

ENTRYPOINT ["sovproxy"]
CMD ["serve", "--config", "/app/config/sovproxy.yaml"]
