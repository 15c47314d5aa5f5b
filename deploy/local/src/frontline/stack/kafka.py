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

from frontline.kernel.kafka_client import KafkaTarget, bootstrap_of, kafka_options
from frontline.stack.children import ChildProcess, stop_all
from frontline.stack.class_archive import ClassArchive
from frontline.stack.kafka_principals import ADMIN
from frontline.stack.kafka_secrets import CONTROLLER, MECHANISM, KafkaSecrets
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


def java_command(libs: Path, main: str, *args: str) -> list[str]:
    """A one-shot Kafka tool from the jars (``kafka-configs`` is ``kafka.admin.ConfigCommand``).

    A one-shot tool gains nothing from the optimising JIT: C1 only starts faster.
    """
    return [_java(), "-XX:TieredStopAtLevel=1", "-cp", str(libs / "*"), main, *args]


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
    # None: a plaintext broker without authentication (only for a broker of one's own).
    secrets: KafkaSecrets | None = None
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
        client = "CLIENT"
        settings = {
            "process.roles": "broker,controller",
            "node.id": "1",
            "listeners": f"{client}://{LOOPBACK}:{self.port},"
            f"CONTROLLER://{LOOPBACK}:{self.controller_port}",
            "advertised.listeners": f"{client}://{self.bootstrap}",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": client,
            "listener.security.protocol.map": f"{client}:PLAINTEXT,CONTROLLER:PLAINTEXT",
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
        if self.secrets is not None:
            settings |= secured_listeners(self.secrets)
        return "".join(f"{key}={value}\n" for key, value in settings.items())

    def _write_config(self) -> Path:
        self.workdir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "log4j2.xml").write_text(_LOG4J2.format(log=self.log_file))
        config = self.workdir / "server.properties"
        # Owner-only: the broker's own passwords are in it.
        config.touch(mode=0o600)
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
            *self._scram_credentials(),
        )  # fmt: skip
        # `=` form: a generated id may start with "-" and look like an option.
        # A one-shot tool gains nothing from the optimising JIT: C1 only starts faster.
        command.insert(1, "-XX:TieredStopAtLevel=1")
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def _scram_credentials(self) -> list[str]:
        """Kafka's own way to create SCRAM users on a new KRaft cluster: at format time."""
        if self.secrets is None:
            return []
        return [
            argument
            for principal in self.secrets.principals()
            if principal != CONTROLLER
            for argument in (
                "--add-scram",
                f"{MECHANISM}=[name={principal},password={self.secrets.password(principal)}]",
            )
        ]

    def client(self, principal: str) -> KafkaTarget:
        """How ``principal`` connects to this broker (the bare address without security)."""
        if self.secrets is None:
            return self.bootstrap
        return self.secrets.client_settings(self.bootstrap, principal)

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
            lambda: kafka_answers(self.client(ADMIN)),
            within=within,
            what=f"Kafka on {self.bootstrap}",
            alive=lambda: process is None or process.alive(),
            explain=lambda: log_tail(self.workdir / "kafka.out", self.log_file),
        )


def secured_listeners(secrets: KafkaSecrets) -> dict[str, str]:
    """SASL/SCRAM over TLS for clients, SASL/PLAIN for the controller, ACLs for all.

    Nobody is trusted by default: a request no ACL allows is refused, and a client
    without credentials cannot even connect (docs/runbook.md, "Kafka principals").
    """
    scram = "org.apache.kafka.common.security.scram.ScramLoginModule"
    plain = "org.apache.kafka.common.security.plain.PlainLoginModule"
    controller = secrets.password(CONTROLLER)
    return {
        "listener.security.protocol.map": "CLIENT:SASL_SSL,CONTROLLER:SASL_PLAINTEXT",
        "sasl.enabled.mechanisms": MECHANISM,
        "sasl.mechanism.inter.broker.protocol": MECHANISM,
        "listener.name.client.sasl.enabled.mechanisms": MECHANISM,
        f"listener.name.client.{MECHANISM.lower()}.sasl.jaas.config": (
            f'{scram} required username="{ADMIN}" password="{secrets.password(ADMIN)}";'
        ),
        "sasl.mechanism.controller.protocol": "PLAIN",
        "listener.name.controller.sasl.enabled.mechanisms": "PLAIN",
        "listener.name.controller.plain.sasl.jaas.config": (
            f'{plain} required username="{CONTROLLER}" password="{controller}" '
            f'user_{CONTROLLER}="{controller}";'
        ),
        "authorizer.class.name": "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
        "super.users": f"User:{ADMIN};User:{CONTROLLER}",
        "allow.everyone.if.no.acl.found": "false",
        "ssl.keystore.type": "PEM",
        "ssl.keystore.location": str(secrets.keystore),
        "ssl.truststore.type": "PEM",
        "ssl.truststore.location": str(secrets.ca),
        "ssl.client.auth": "none",
    }


async def kafka_answers(kafka: KafkaTarget) -> bool:
    """True when the broker serves metadata and has a group coordinator.

    Asking for a coordinator makes the broker create its offsets topic now, so the
    services' first consumers do not log "coordinator not available" while it does.
    """
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.errors import KafkaError

    host, _, port = bootstrap_of(kafka).rpartition(":")
    if host in (LOOPBACK, "localhost") and not port_in_use(int(port)):
        return False  # avoid aiokafka's connection-error log noise while the JVM boots
    admin = AIOKafkaAdminClient(**kafka_options(kafka), request_timeout_ms=5000)
    try:
        await admin.start()
        await admin.list_topics()
        await admin.find_coordinator("frontline.stack.readiness")
        return True
    except (KafkaError, OSError):
        return False
    finally:
        await admin.close()
