#!/usr/bin/env bash
# Installs the built p2 repository's CRN Studio feature into an existing Eclipse installation of the same release.
#   releng/scripts/p2-install-check.sh [ECLIPSE_DIR]
# Without ECLIPSE_DIR it first provisions a plain platform installation (the IDE platform feature only, no CRN Studio)
# into target/p2-install-check/eclipse, then installs org.crnstudio.feature into it as a second, separate p2
# operation, and lists the CRN Studio bundles that arrived. Needs a build (./mvnw -B verify) first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
repository="$root/releng/org.crnstudio.product/target/repository"
[ -f "$repository/content.jar" ] || { echo "p2-install-check: no p2 repository at $repository: run ./mvnw -B verify first" >&2; exit 1; }
work="$root/target/p2-install-check"
eclipse="${1:-$work/eclipse}"
# The Tycho version is pinned once, in the root pom.
tycho="$(sed -n 's:.*<tycho.version>\(.*\)</tycho.version>.*:\1:p' "$root/pom.xml" | head -1)"
director() {
  "$root/mvnw" -q -B -f "$root/releng/org.crnstudio.target/pom.xml" \
    org.eclipse.tycho:tycho-p2-director-plugin:$tycho:director -Ddestination="$eclipse" \
    -Drepositories="file:$repository" -DinstallIUs="$1" -Dprofile=SDKProfile \
    -Dp2.os=linux -Dp2.ws=gtk -Dp2.arch=x86_64
}
if [ -z "${1:-}" ]; then
  rm -rf "$work" && mkdir -p "$work"
  echo "p2-install-check: provisioning a plain platform installation in $eclipse" >&2
  director org.crnstudio.platform.feature.feature.group
fi
before=$(ls "$eclipse/plugins" | wc -l)
echo "p2-install-check: installing org.crnstudio.feature into $eclipse ($before plugins)" >&2
director org.crnstudio.feature.feature.group
after=$(ls "$eclipse/plugins" | wc -l)
crn=$(ls "$eclipse/plugins" | grep -c '^org\.crnstudio\.' || true)
echo "p2-install-check: $before -> $after plugins, $crn CRN Studio bundles installed"
[ "$crn" -gt 0 ]
