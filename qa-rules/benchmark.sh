#!/usr/bin/env bash
# QA benchmark: segments/s with and without LanguageTool, overhead against LanguageTool alone,
# cached re-run. Usage: qa-rules/benchmark.sh [units=10000] [threads=cores]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl qa-rules -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx6g -cp "qa-rules/target/test-classes:qa-rules/target/classes:$(cat qa-rules/target/bench-classpath.txt)" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.passerelle.qa.bench.QaBenchmark "$@"
