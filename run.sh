#!/usr/bin/env bash
# Builds what is needed and starts Classe numérique 2030 at http://localhost:8080 on the embedded store,
# with the bundled plugins and content, and the demo school on first start. Data lives in ./data.
set -euo pipefail
cd "$(dirname "$0")"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
major=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)
if [ -z "$major" ] || [ "$major" -lt 25 ]; then
  echo "Classe numérique 2030 needs JDK 25 or newer; found ${major:-none} at $JAVA. Set JAVA_HOME to a JDK 25." >&2
  exit 1
fi

./mvnw -B -q -DskipTests package
exec "$JAVA" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:+ExitOnOutOfMemoryError \
  -jar platform/app/target/classe-numerique.jar "$@"
