{{/* Chart name, shortened to the 63 characters a label value allows. */}}
{{- define "integration-operator.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Prefix of every resource name: the release name, followed by the chart name unless the
release name already contains it.
*/}}
{{- define "integration-operator.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "integration-operator.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels that never change over the release's life; Deployment selectors use them. */}}
{{- define "integration-operator.selectorLabels" -}}
app.kubernetes.io/name: {{ include "integration-operator.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "integration-operator.labels" -}}
helm.sh/chart: {{ include "integration-operator.chart" . }}
{{ include "integration-operator.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{- define "integration-operator.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "integration-operator.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- required "serviceAccount.name is required when serviceAccount.create is false" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "integration-operator.leaseName" -}}
{{- default (include "integration-operator.fullname" .) .Values.operator.leaderElection.leaseName }}
{{- end }}

{{/* The image reference: the digest wins over the tag; the tag defaults to appVersion. */}}
{{- define "integration-operator.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/* The subject every binding grants its rules to. */}}
{{- define "integration-operator.subject" -}}
- kind: ServiceAccount
  name: {{ include "integration-operator.serviceAccountName" . }}
  namespace: {{ .Release.Namespace }}
{{- end }}

{{/* Rules on the namespaced resources an installation touches, in one namespace or all. */}}
{{- define "integration-operator.installationRules" -}}
- apiGroups: ["integration-operator.io"]
  resources: ["integrationinstallations"]
  verbs: ["get", "list", "watch"]
- apiGroups: ["integration-operator.io"]
  resources: ["integrationinstallations/status"]
  verbs: ["update", "patch"]
- apiGroups: [""]
  resources: ["secrets"]
  verbs: ["get", "list", "watch"]
- apiGroups: [""]
  resources: ["configmaps"]
  verbs: ["get", "list", "watch", "create", "update", "patch", "delete"]
{{ include "integration-operator.eventRules" . }}
{{- end }}

{{- define "integration-operator.integrationRules" -}}
- apiGroups: ["integration-operator.io"]
  resources: ["integrations"]
  verbs: ["get", "list", "watch"]
- apiGroups: ["integration-operator.io"]
  resources: ["integrations/status"]
  verbs: ["update", "patch"]
{{- end }}

{{- define "integration-operator.eventRules" -}}
- apiGroups: [""]
  resources: ["events"]
  verbs: ["get", "create", "patch"]
{{- end }}
