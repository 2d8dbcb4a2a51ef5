#!/bin/sh
# Spark's overhead against the command line, like for like (README, "Spark").
#
#   src/bench/spark-vs-cli.sh [--cds | --aot] [--jdk DIR] [--no-codegen] [--opt JAVA-OPTION]... [--quick] [--rounds N] [INPUT.jsonl]
#
# Both sides run in the same way: plain `java` (no Maven), the same JVM, the same options (-Xmx3g and
# the --add-opens Spark needs, and every --opt), the same classpath (the library and the examples as
# jars, then every dependency, Spark included), the same articles:
#   cli    org.quoteattribution.cli.Main --format jsonl --quiet --threads 2 INPUT > out.jsonl
#   spark  -Dspark.master=local[2] org.quoteattribution.examples.SparkArchive INPUT out/
# each on INPUT (default PolNeAR dev, 84 articles) and on INPUT twice over (ids suffixed #2), so
# that the difference of the two runs is the cost of INPUT's articles with every fixed cost
# (JVM and Spark start, model load, first compilation) taken out: the steady state.
# Then one Spark run with no attribution (SparkPhases --noop): Spark's fixed cost alone.
# Each round runs the pairs back to back, alternating which side goes first.
# --cds: each side first writes a class-data-sharing archive (one training run on INPUT's first
# 8 articles, -XX:ArchiveClassesAtExit) and every timed run uses it (-XX:SharedArchiveFile).
# --aot: the same with JDK 25's ahead-of-time cache (JEP 483, 514, 515: the classes loaded and
# linked, and the methods' profiles; -XX:AOTCacheOutput, then -XX:AOTCache with -XX:AOTMode=on, so
# a cache the JVM cannot use is an error); needs --jdk with a JDK 25 or later.
# --jdk DIR: run every JVM as DIR/bin/java (default: java on the PATH).
# --no-codegen: Spark evaluates expressions and encoders interpreted rather than compiling Java
# for them with Janino (spark.sql.codegen.factoryMode=NO_CODEGEN, spark.sql.codegen.wholeStage=false,
# as system properties, which Spark reads; given to both sides, the command line ignores them).
# --opt OPTION: one more option for every JVM of both sides (repeatable), e.g. -XX:+UseParallelGC.
# --quick: only the runs on INPUT (no steady state).
# CPU time is user + sys of the whole JVM (/usr/bin/time); on a shared machine prefer it to wall.
# Results: target/bench/spark-vs-cli.tsv (one line a run) and a summary on stdout.
set -euf # -f: no globbing (local[2])
cd "$(dirname "$0")/../.."
cache=none
rounds=1
java=java
extra=""
sizes="x1 x2"
while [ $# -gt 0 ]; do
  case "$1" in
    --cds) cache=cds; shift ;;
    --aot) cache=aot; shift ;;
    --jdk) java=$2/bin/java; shift 2 ;;
    --no-codegen) extra="$extra -Dspark.sql.codegen.factoryMode=NO_CODEGEN -Dspark.sql.codegen.wholeStage=false"; shift ;;
    --opt) extra="$extra $2"; shift 2 ;;
    --quick) sizes=x1; shift ;;
    --rounds) rounds=$2; shift 2 ;;
    *) break ;;
  esac
done
input=${1:-../shared/eval/polnear-dev.jsonl}
b=target/bench
mkdir -p $b

mvn -o -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=$b/cp.txt -Dmdep.includeScope=test \
  | sed 's/\x1b\[[0-9;]*m//g'
# jars, not folders: a class-data-sharing archive takes classes from jars only
rm -f $b/lib.jar $b/tests.jar
jar cf $b/lib.jar -C target/classes .
jar cf $b/tests.jar -C target/test-classes .
cp="$b/lib.jar:$b/tests.jar:$(cat $b/cp.txt)"
opts="-Xmx3g $(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' pom.xml)"
opts="$opts -Dorg.slf4j.simpleLogger.defaultLogLevel=warn$extra"
$java -version 2>&1 | head -1
echo "options: $opts"

python3 - "$input" $b/x1.jsonl $b/x2.jsonl $b/head.jsonl <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
def write(path, rs):
    with open(path, "w", encoding="utf-8") as f:
        for r in rs:
            f.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
write(sys.argv[2], rows)
write(sys.argv[3], rows + [dict(r, id=r["id"] + "#2") for r in rows])
write(sys.argv[4], rows[:8])
EOF
n=$(wc -l < $b/x1.jsonl)

main_cli="org.quoteattribution.cli.Main --format jsonl --quiet --threads 2"
main_spark="-Dspark.master=local[2] org.quoteattribution.examples.SparkArchive"
main_noop="org.quoteattribution.spark.SparkPhases"

cli_cache=""
spark_cache=""
if [ $cache != none ]; then
  # one training run a side on the first 8 articles writes its archive (cds) or cache (aot)
  case $cache in
    cds) write=-XX:ArchiveClassesAtExit use=-XX:SharedArchiveFile mode="" ;;
    aot) write=-XX:AOTCacheOutput use=-XX:AOTCache mode=-XX:AOTMode=on ;;
  esac
  rm -f $b/cli.$cache $b/spark.$cache
  $java $opts $write=$b/cli.$cache -cp "$cp" $main_cli $b/head.jsonl > $b/$cache-cli.out 2>&1
  $java $opts $write=$b/spark.$cache -cp "$cp" $main_spark $b/head.jsonl $b/$cache-spark > $b/$cache-spark.out 2>&1
  cli_cache="$use=$b/cli.$cache $mode"
  spark_cache="$use=$b/spark.$cache $mode"
fi

tsv=$b/spark-vs-cli.tsv
printf 'round\tside\tinput\tarticles\twall_s\tcpu_s\tload1\tstatements\n' > $tsv
timed() { # round side size java-arguments... (stdout to $b/side-size.out, stderr to .err)
  r=$1 side=$2 size=$3
  shift 3
  out=$b/$side-$size.out
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f '%e %U %S' -o $b/time.txt $java $opts -cp "$cp" "$@" > $out 2> $out.err
  set -- $(cat $b/time.txt)
  case $side in
    cli) st=$(python3 -c 'import json,sys; print(sum(len(json.loads(l).get("statements") or []) for l in open(sys.argv[1])))' $out) ;;
    spark) st=$(sed -n 's/^\([0-9]*\) statements.*/\1/p' $out) ;;
    *) st=0 ;;
  esac
  articles=$n
  [ "$size" = x2 ] && articles=$((2 * n))
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$r" "$side" "$size" "$articles" "$1" \
    "$(awk "BEGIN { print $2 + $3 }")" "$load" "$st" | tee -a $tsv
}
i=1
while [ $i -le $rounds ]; do
  for size in $sizes; do
    if [ $((i % 2)) -eq 1 ]; then order="cli spark"; else order="spark cli"; fi
    for side in $order; do
      if [ $side = cli ]; then
        timed $i cli $size $cli_cache $main_cli $b/$size.jsonl
      else
        timed $i spark $size $spark_cache $main_spark $b/$size.jsonl $b/spark-$size
      fi
    done
  done
  timed $i noop x1 $spark_cache $main_noop $b/x1.jsonl $b/noop-x1 --noop
  i=$((i + 1))
done

python3 - $tsv "$n" <<'EOF'
import csv, sys
from collections import defaultdict
runs = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
n = int(sys.argv[2])
mean = lambda xs: sum(xs) / len(xs)
t = defaultdict(list)
for r in runs:
    t[(r["side"], r["input"], "wall")].append(float(r["wall_s"]))
    t[(r["side"], r["input"], "cpu")].append(float(r["cpu_s"]))
print(f"\nmeans over {len(t[('cli', 'x1', 'cpu')])} round(s); {n} articles in x1, {2 * n} in x2")
for what in ("wall", "cpu"):
    c1, s1 = mean(t[("cli", "x1", what)]), mean(t[("spark", "x1", what)])
    print(f"{what:4}: end to end on x1: command line {c1:.1f} s ({n / c1:.2f} articles/s), "
          f"Spark {s1:.1f} s ({n / s1:.2f} articles/s): overhead {100 * (s1 / c1 - 1):+.0f}%; "
          f"Spark with no attribution {mean(t[('noop', 'x1', what)]):.1f} s")
    if not t[("cli", "x2", what)]:
        continue
    c2, s2 = mean(t[("cli", "x2", what)]), mean(t[("spark", "x2", what)])
    print(f"      steady state (x2 - x1, {n} articles): command line {c2 - c1:.1f} s ({n / (c2 - c1):.2f} articles/s), "
          f"Spark {s2 - s1:.1f} s ({n / (s2 - s1):.2f} articles/s): overhead {100 * ((s2 - s1) / (c2 - c1) - 1):+.0f}%")
    print(f"      fixed cost (x1 less the steady state): command line {2 * c1 - c2:.1f} s, Spark {2 * s1 - s2:.1f} s")
EOF
