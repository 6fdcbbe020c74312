#!/bin/sh
# Copies the generated CRDs in crds/ into the chart, wrapped in the crds.enabled switch.
# Run from the repository root after the CRDs change; HelmChartCrdsTest fails until then.
set -eu
for source in crds/*.yaml; do
  plural=$(basename "$source" .yaml)
  plural=${plural%%.*}
  target=helm/integration-operator/templates/crds/$plural.yaml
  {
    echo '{{- if .Values.crds.enabled }}'
    echo "# Generated from $source by helm/sync-crds.sh; do not edit."
    sed -n '1,/^metadata:$/p' "$source"
    sed -n '/^metadata:$/,/^spec:$/{/^metadata:$/d;/^spec:$/d;p}' "$source"
    echo '  labels:'
    echo '    {{- include "integration-operator.labels" . | nindent 4 }}'
    echo '  {{- if .Values.crds.keep }}'
    echo '  annotations:'
    echo '    helm.sh/resource-policy: keep'
    echo '  {{- end }}'
    sed -n '/^spec:$/,$p' "$source"
    echo '{{- end }}'
  } > "$target"
done
