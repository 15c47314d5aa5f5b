"""A single-node Apache Kafka (KRaft: one process is broker and controller).

The jars come from Maven Central through deploy/local/kafka/pom.xml; Kafka's
own download site and Docker are not available on our machines.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from frontline.stack.children import ChildProcess, stop_all
from frontline.stack.class_archive import ClassArchive
from frontline.stack.paths import kafka_pom
from frontline.stack.ports import LOOPBACK, port_in_use
from frontline.stack.waiting import log_tail, wait_until

_LOG4J2 = """<Configuration status="warn" shutdownHook="disable">
  <Appenders>
    <File name="file" fileName="{log}"><PatternLayout pattern="[%d] %p %m (%c)%n"/></File>
    <Console name="console" target="SYSTEM_OUT">
      <ThresholdFilter level="WARN"/><PatternLayout pattern="%p %m (%c{{1}})%n"/>
    </Console>
  </Appenders>
  <Loggers>
    <Logger name="kafka.request.logger" level="warn"/>
    <Logger name="state.change.logger" level="warn"/>
    <Root level="info"><AppenderRef ref="file"/><AppenderRef ref="console"/></Root>
  </Loggers>
</Configuration>
"""


def _java() -> str:
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin" / "java") if home else shutil.which("java")
    if not java:
        raise RuntimeError("Java 17+ is needed for Kafka: install openjdk-17-jre-headless")
    return java


def ensure_kafka_libs(libs: Path) -> Path:
    """Resolve Kafka's jars with Maven into `libs` unless they are there already."""
    if any(libs.glob("kafka_2.13-*.jar")) and any(libs.glob("slf4j-api-2.*.jar")):
        return libs
    mvn = shutil.which("mvn")
    if mvn is None:
        raise RuntimeError("Maven is needed to fetch Kafka's jars: install maven")
    libs.parent.mkdir(parents=True, exist_ok=True)
    command = [mvn, "-q", "-B", "-f", str(kafka_pom()), f"-Dkafka.libs={libs}"]
    fetch = subprocess.run(
        [*command, "dependency:copy-dependencies"], capture_output=True, text=True
    )
    if fetch.returncode != 0:
        raise RuntimeError(f"Maven could not fetch Kafka's jars:\n{fetch.stdout}{fetch.stderr}")
    return libs


def new_cluster_id() -> str:
    """Kafka's cluster id format: 16 random bytes, URL-safe base64 without padding."""
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()


@dataclass
class KafkaBroker:
    """One broker+controller process with its data and logs under `workdir`."""

    workdir: Path
    libs: Path
    port: int
    controller_port: int
    heap: str = "512m"
    process: ChildProcess | None = field(default=None, init=False)
    archive: ClassArchive | None = field(default=None, init=False)

    @property
    def bootstrap(self) -> str:
        return f"{LOOPBACK}:{self.port}"

    @property
    def log_file(self) -> Path:
        return self.workdir / "server.log"

    def server_properties(self) -> str:
        settings = {
            "process.roles": "broker,controller",
            "node.id": "1",
            "listeners": f"PLAINTEXT://{LOOPBACK}:{self.port},"
            f"CONTROLLER://{LOOPBACK}:{self.controller_port}",
            "advertised.listeners": f"PLAINTEXT://{self.bootstrap}",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "controller.quorum.bootstrap.servers": f"{LOOPBACK}:{self.controller_port}",
            "log.dirs": str(self.workdir / "data"),
            "num.partitions": "3",
            "offsets.topic.replication.factor": "1",
            "offsets.topic.num.partitions": "10",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "min.insync.replicas": "1",
            # Services create their topics at start (DESIGN.md §5); a typo must not
            # silently create a new topic.
            "auto.create.topics.enable": "false",
            "group.initial.rebalance.delay.ms": "0",
            # Kafka is the county's event backbone: projections rebuild from it.
            "log.retention.ms": "-1",
        }
        return "".join(f"{key}={value}\n" for key, value in settings.items())

    def _write_config(self) -> Path:
        self.workdir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "log4j2.xml").write_text(_LOG4J2.format(log=self.log_file))
        config = self.workdir / "server.properties"
        config.write_text(self.server_properties())
        return config

    def _java_command(self, main: str, *args: str, record: bool = False) -> list[str]:
        java = _java()
        self.archive = ClassArchive.for_jars(java, self.libs, str(self.port))
        return [
            java,
            *self.archive.jvm_flags(record=record),
            f"-Dlog4j2.configurationFile={self.workdir / 'log4j2.xml'}",
            "-cp",
            str(self.libs / "*"),
            main,
            *args,
        ]

    def _format_storage(self, config: Path) -> None:
        if (self.workdir / "data" / "meta.properties").exists():
            return  # formatted by an earlier run (kept data)
        command = self._java_command(
            "kafka.tools.StorageTool", "format", "--standalone", "--ignore-formatted",
            f"--cluster-id={new_cluster_id()}", "--config", str(config),
        )  # fmt: skip
        # `=` form: a generated id may start with "-" and look like an option.
        # A one-shot tool gains nothing from the optimising JIT: C1 only starts faster.
        command.insert(1, "-XX:TieredStopAtLevel=1")
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def start(self, *, console: bool = False) -> ChildProcess:
        """Format the storage if new, then start the JVM (returns without waiting)."""
        config = self._write_config()
        self._format_storage(config)
        command = self._java_command("kafka.Kafka", str(config), record=True)
        command[1:1] = [f"-Xmx{self.heap}", "-Xms256m", "-XX:+UseG1GC"]
        self.process = ChildProcess.spawn(
            "kafka", command, log_path=None if console else self.workdir / "kafka.out"
        )
        return self.process

    def stop(self) -> None:
        """Stop the broker (SIGTERM, then SIGKILL after a while)."""
        if self.process is not None:
            stop_all([self.process])
            self.after_exit()

    def after_exit(self) -> None:
        """Call once the JVM has exited: keeps the class archive it may have recorded."""
        if self.archive is not None and self.process is not None:
            self.archive.keep_recording(self.process.popen.returncode)

    async def wait_ready(self, within: float = 90.0) -> float:
        """Wait until a client can list topics; the seconds it took."""
        process = self.process
        return await wait_until(
            lambda: kafka_answers(self.bootstrap),
            within=within,
            what=f"Kafka on {self.bootstrap}",
            alive=lambda: process is None or process.alive(),
            explain=lambda: log_tail(self.workdir / "kafka.out", self.log_file),
        )


async def kafka_answers(bootstrap: str) -> bool:
    """True when the broker serves metadata and has a group coordinator.

    Asking for a coordinator makes the broker create its offsets topic now, so the
    services' first consumers do not log "coordinator not available" while it does.
    """
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.errors import KafkaError

    host, _, port = bootstrap.rpartition(":")
    if host in (LOOPBACK, "localhost") and not port_in_use(int(port)):
        return False  # avoid aiokafka's connection-error log noise while the JVM boots
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5000)
    try:
        await admin.start()
        await admin.list_topics()
        await admin.find_coordinator("frontline.stack.readiness")
        return True
    except (KafkaError, OSError):
        return False
    finally:
        await admin.close()
