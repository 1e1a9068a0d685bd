# Sourced by mvnw, crn and run-ide: crn_find_jdk MIN prints the home of a JDK whose major
# version is at least MIN: $JAVA_HOME when it qualifies, else the newest one found under
# ${CRN_JDK_SEARCH_PATH:-/usr/lib/jvm}. Prints a clear message and returns 1 when none does.
crn_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
crn_find_jdk() {
  local min="$1" best="" best_major=0 home major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major="$(crn_java_major "$JAVA_HOME")"
    if [ "${major:-0}" -ge "$min" ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for home in ${CRN_JDK_SEARCH_PATH:-/usr/lib/jvm}/*; do
    [ -x "$home/bin/javac" ] || continue
    major="$(crn_java_major "$home")"
    if [ "${major:-0}" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best="$home"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "No JDK $min or newer found (JAVA_HOME=${JAVA_HOME:-unset}, searched ${CRN_JDK_SEARCH_PATH:-/usr/lib/jvm})." >&2
    echo "Install one (for example apt-get install -y openjdk-21-jdk) or point JAVA_HOME at it." >&2
    return 1
  fi
  echo "$best"
}
