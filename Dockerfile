# sovproxy: sovereignty-aware reverse proxy for LLM APIs.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    SOVPROXY_LISTEN__HOST=0.0.0.0 \
    SOVPROXY_LISTEN__PORT=8080

RUN groupadd --system sovproxy && useradd --system --gid sovproxy --home-dir /app sovproxy
WORKDIR /app

COPY pyproject.toml requirements.lock README.md ./
COPY proxy ./proxy
RUN pip install --no-compile -c requirements.lock . && rm -rf /root/.cache

COPY config ./config
COPY policies ./policies
RUN mkdir -p /app/var && chown -R sovproxy:sovproxy /app/var

USER sovproxy
EXPOSE 8080
ENV SOVPROXY_AUDIT__PATH=/app/var/audit.jsonl

HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=2).status == 200 else 1)"

ENTRYPOINT ["sovproxy", "serve", "--config", "/app/config/sovproxy.yaml"]
