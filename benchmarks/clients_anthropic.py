"""Third-party clients' default paths through sovproxy to an Anthropic backend (a manual check).

openai-agents (Responses model, its default, and Chat Completions model; plain, tools, an
``output_type``, both, streamed), LangChain's ``with_structured_output`` (default json_schema
method, streamed, and ``use_responses_api``) and instructor (JSON_SCHEMA and TOOLS modes). These
libraries are not project dependencies, so the check runs in two processes:

1. from the project's venv: ``python benchmarks/clients_anthropic.py --serve`` starts a
   simulated Anthropic backend and the proxy in front of it, and prints the base URL;
2. from a venv with ``pip install openai-agents langchain-openai instructor``:
   ``python benchmarks/clients_anthropic.py --base-url URL`` prints one line per check and
   the count passed.

The simulator fills a forced tool's input from its schema, so modes that only describe the
schema in the prompt (``json_object``: LangChain ``json_mode``, instructor JSON) are not checked:
the simulator cannot read a prompt.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any


async def serve() -> None:
    """Run the simulated backend and the proxy until interrupted."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from proxy.demo.sim_anthropic import AnthropicSimulator
    from tests.stack import Upstream, running_stack

    sim = AnthropicSimulator("anthropic-sim")
    ups = {"claude": Upstream(sim, protocol="anthropic", models=("claude-test",))}
    async with running_stack(Path(tempfile.mkdtemp()), ups) as stack:
        print(stack.base_url, flush=True)
        await asyncio.Event().wait()


def _checks(url: str) -> list[tuple[str, Callable[[], Awaitable[Any]]]]:
    import instructor
    from agents import (
        Agent,
        OpenAIChatCompletionsModel,
        OpenAIResponsesModel,
        Runner,
        function_tool,
        set_tracing_disabled,
    )
    from langchain_openai import ChatOpenAI
    from openai import AsyncOpenAI
    from pydantic import BaseModel

    set_tracing_disabled(True)

    class Weather(BaseModel):
        city: str
        temperature_c: int

    @function_tool
    def get_weather(city: str) -> str:
        """Weather for a city."""
        return f"sunny, 21 C in {city}"

    def agent(model_cls: Any, **kwargs: Any) -> Agent[Any]:
        client = AsyncOpenAI(base_url=url, api_key="t", max_retries=0)
        return Agent(name="a", model=model_cls(model="claude-test", openai_client=client), **kwargs)

    async def run(a: Agent[Any], want: type | None = None, *, stream: bool = False) -> Any:
        if stream:
            result = Runner.run_streamed(a, "Weather in Paris?")
            async for _ in result.stream_events():
                pass
        else:
            result = await Runner.run(a, "Weather in Paris?")
        assert want is None or isinstance(result.final_output, want), result.final_output
        return result.final_output

    checks: list[tuple[str, Callable[[], Awaitable[Any]]]] = []
    for label, cls in (("responses", OpenAIResponsesModel), ("chat", OpenAIChatCompletionsModel)):
        checks += [
            (f"agents {label} plain", lambda c=cls: run(agent(c), str)),
            (f"agents {label} tools", lambda c=cls: run(agent(c, tools=[get_weather]), str)),
            (f"agents {label} output_type",
             lambda c=cls: run(agent(c, output_type=Weather), Weather)),
            (f"agents {label} tools+output_type",
             lambda c=cls: run(agent(c, tools=[get_weather], output_type=Weather), Weather)),
            (f"agents {label} streamed tools",
             lambda c=cls: run(agent(c, tools=[get_weather]), str, stream=True)),
            (f"agents {label} streamed output_type",
             lambda c=cls: run(agent(c, output_type=Weather), Weather, stream=True)),
        ]  # fmt: skip

    def langchain(**kwargs: Any) -> Any:
        return ChatOpenAI(model="claude-test", base_url=url, api_key="t", max_retries=0, **kwargs)

    async def structured(llm: Any, *, stream: bool = False) -> Any:
        runnable = llm.with_structured_output(Weather)
        out = (
            [c async for c in runnable.astream("Paris")][-1]
            if stream
            else await runnable.ainvoke("Paris")
        )
        assert isinstance(out, Weather), out
        return out

    async def instructed(mode: Any) -> Any:
        client = instructor.from_openai(
            AsyncOpenAI(base_url=url, api_key="t", max_retries=0), mode=mode
        )
        messages = [{"role": "user", "content": "Paris"}]
        return await client.chat.completions.create(
            model="claude-test", response_model=Weather, max_retries=0, messages=messages
        )

    checks += [
        ("langchain with_structured_output", lambda: structured(langchain())),
        ("langchain with_structured_output streamed", lambda: structured(langchain(), stream=True)),
        ("langchain responses api", lambda: structured(langchain(use_responses_api=True))),
        ("instructor JSON_SCHEMA", lambda: instructed(instructor.Mode.JSON_SCHEMA)),
        ("instructor TOOLS", lambda: instructed(instructor.Mode.TOOLS)),
    ]
    return checks


async def check(url: str) -> int:
    """Run every check; the number that failed."""
    failed = 0
    checks = _checks(url)
    for name, make in checks:
        try:
            out = await make()
        except Exception as exc:  # a check's failure is reported, the others still run
            failed += 1
            print(f"FAIL {name}: {type(exc).__name__}: {str(exc)[:120]}")
        else:
            print(f"ok   {name}: {str(out)[:60]!r}")
    print(f"{len(checks) - failed} of {len(checks)} passed")
    return failed


def main() -> None:
    """Serve, or check against a served proxy."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", action="store_true", help="run the proxy and the simulator")
    parser.add_argument("--base-url", help="the proxy's /v1 URL printed by --serve")
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve())
    elif args.base_url:
        sys.exit(1 if asyncio.run(check(args.base_url)) else 0)
    else:
        parser.error("give --serve or --base-url")


if __name__ == "__main__":
    main()
