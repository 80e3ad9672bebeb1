/**
 * Word lists the redaction detectors read: verbs that make a capitalised word an actor,
 * words that are never names, tool hosts, file extensions and top-level domains. Data,
 * not logic; lower case unless said otherwise.
 */

/** Verbs after a subject that make it an actor ("Priya noticed", "marcus restarted"). */
export const ACTION_VERBS: ReadonlySet<string> = new Set([
  'acked', 'acknowledged', 'added', 'agreed', 'applied', 'approved', 'asked', 'assumed', 'attempted', 'became', 'began',
  'believed', 'bumped', 'called', 'checked', 'closed', 'commented', 'communicated', 'confirmed', 'coordinated', 'cordoned',
  'created', 'decided', 'declared', 'decreased', 'deleted', 'deployed', 'disabled', 'discovered', 'drained', 'emailed',
  'enabled', 'escalated', 'explained', 'failed', 'filed', 'fixed', 'flipped', 'found', 'got', 'had', 'handed', 'has',
  'identified', 'increased', 'investigated', 'joined', 'killed', 'led', 'left', 'looked', 'mentioned', 'merged',
  'messaged', 'mitigated', 'noted', 'noticed', 'observed', 'opened', 'owned', 'owns', 'paged', 'pinged', 'posted',
  'proposed', 'pushed', 'raised', 'ran', 'realised', 'realized', 'rebooted', 'reran', 're-ran', 'reverted', 'removed',
  'replied', 'reported', 'resolved', 'responded', 'restarted', 'restored', 'rolled', 'said', 'saw', 'says', 'scaled',
  'shared', 'spotted', 'started', 'stopped', 'suggested', 'suspected', 'switched', 'thought', 'toggled', 'took',
  'triaged', 'tried', 'triggered', 'updated', 'verified', 'was', 'wondered', 'wrote', 'will', 'would', 'could',
  'asks', 'notices', 'restarts', 'pages', 'writes', 'confirms', 'replies', 'checks', 'joins', 'deploys', 'reverts',
  'should', 'must', 'might', 'did', "didn't", 'didnt', 'does', "doesn't", 'is', "isn't", "wasn't", 'can', "can't", 'cannot',
  'paired', 'worked', 'helped', 'handled', 'owned', 'wanted', 'needed', 'knew', 'remembered', 'forgot', 'missed', 'went',
  'came', 'sent', 'gave', 'made', 'kept', 'stayed', 'stepped', 'volunteered', 'pointed', 'traced', 'tracked', 'dug',
  'patched', 'rotated', 'revoked', 're-enabled', 'rolled-back', 'promoted', 'ack', 'acks', 'ack\'d',
]);

/** Words before a name that make it a person ("paged Priya", "thanks to Bob", "approved by Carol"). */
export const NAME_TRIGGERS: ReadonlySet<string> = new Set([
  'paged', 'pinged', 'asked', 'told', 'called', 'messaged', 'emailed', 'contacted', 'thanked', 'thanks', 'thank',
  'cc', "cc'd", 'with', 'by', 'from', 'to', 'woke', 'notified', 'alerted', 'page', 'ping', 'ask', 'tell', 'call',
  'dm', "dm'd", 'dmed', 'kudos', 'props', 'ask', 'per', 'via', 'teammate', 'colleague', 'engineer', 'developer', 'manager',
  'intern', 'contractor', 'responder', 'commander', 'dba', 'sre', 'oncall', 'on-call', 'lead', 'cto', 'ceo', 'vp', 'director',
  'ciso', 'architect', 'owner', 'analyst', 'admin', 'administrator', 'operator', 'reviewer', 'author', 'mentioned',
]);

/** Labels of key: value lines whose value names people ("Owner: Alice", "IC: marcus"). */
export const PERSON_FIELDS: readonly string[] = [
  'incident commander', 'commander', 'ic', 'owner', 'owners', 'assignee', 'assigned to', 'reporter', 'reported by', 'author',
  'authors', 'written by', 'on-call', 'oncall', 'on call', 'primary on-call', 'secondary on-call', 'facilitator', 'scribe',
  'note taker', 'responders', 'responder', 'participants', 'attendees', 'approved by', 'reviewed by', 'reviewers',
  'reviewer', 'tech lead', 'technical lead', 'engineering manager', 'product owner', 'comms lead',
  'communications lead', 'ops lead', 'incident lead', 'lead', 'cc', 'escalated to', 'contact', 'point of contact',
];

/** Table columns whose cells name people. */
export const PERSON_COLUMNS: ReadonlySet<string> = new Set([
  'who', 'actor', 'owner', 'owners', 'assignee', 'by', 'person', 'people', 'responder', 'responders', 'author', 'reporter',
  'on-call', 'oncall', 'on call', 'ic', 'commander', 'lead', 'participant', 'participants', 'name', 'reviewer', 'approver',
  'contact', 'engineer',
]);

/** Values of a person field that name nobody. */
export const NOBODY: ReadonlySet<string> = new Set([
  'n/a', 'na', 'none', 'tbd', 'tba', 'unassigned', 'unknown', 'nobody', '-', '—', '–', '?', 'yes', 'no', 'team', 'the team',
  'everyone', 'all', 'todo',
]);

/**
 * Names of systems, products and integrations that appear where people do
 * ("Alertmanager fired", "kafka restarted"); never removed as people.
 */
export const TECH_TERMS: ReadonlySet<string> = new Set([
  'alertmanager', 'prometheus', 'grafana', 'pagerduty', 'opsgenie', 'datadog', 'sentry', 'kibana', 'splunk', 'honeycomb',
  'newrelic', 'statuspage', 'github', 'gitlab', 'bitbucket', 'jira', 'confluence', 'slack', 'zoom', 'teams', 'jenkins',
  'circleci', 'travis', 'argocd', 'argo', 'flux', 'spinnaker', 'terraform', 'ansible', 'puppet', 'chef', 'helm',
  'kubernetes', 'k8s', 'kubectl', 'kubelet', 'docker', 'containerd', 'nomad', 'consul', 'vault', 'etcd', 'zookeeper',
  'kafka', 'rabbitmq', 'redis', 'memcached', 'postgres', 'postgresql', 'mysql', 'mariadb', 'mongodb', 'mongo',
  'cassandra', 'elasticsearch', 'opensearch', 'clickhouse', 'snowflake', 'bigquery', 'dynamodb', 'aurora', 'rds',
  'nginx', 'haproxy', 'envoy', 'istio', 'linkerd', 'traefik', 'cloudflare', 'fastly', 'akamai', 'cloudfront', 'aws',
  'gcp', 'azure', 'lambda', 'ec2', 'ecs', 'eks', 'gke', 'aks', 's3', 'sqs', 'sns', 'iam', 'route53', 'celery',
  'sidekiq', 'resque', 'airflow', 'spark', 'hadoop', 'flink', 'debrief', 'bot', 'dependabot', 'renovate', 'copilot',
  'pgbouncer', 'patroni', 'keda', 'karpenter', 'certbot', 'letsencrypt', 'okta', 'auth0', 'stripe', 'twilio',
  'sendgrid', 'mailgun', 'linux', 'ubuntu', 'debian', 'centos', 'systemd', 'cron', 'crond', 'nodejs', 'node', 'npm',
  'python', 'java', 'jvm', 'golang', 'rust', 'ruby', 'rails', 'django', 'flask', 'express', 'fastify', 'react', 'nextjs',
  'vercel', 'netlify', 'heroku', 'openshift', 'rancher', 'proxmox', 'vmware', 'vsphere', 'db', 'api', 'vm', 'pod',
  'pods', 'svc', 'lb', 'oom', 'oomkiller', 'cpu', 'gpu', 'ram', 'dns', 'tls', 'ssl', 'http', 'https', 'grpc', 'tcp', 'udp',
  'cdn', 'waf', 'vpn', 'ci', 'cd', 'qa', 'sre', 'ops', 'devops', 'oncall', 'on-call', 'monitor', 'monitors', 'synthetics',
  'canary', 'watchdog', 'healthcheck', 'autoscaler', 'hpa', 'scheduler', 'controller', 'operator', 'webhook', 'webhooks',
  'pagerbot', 'statusbot', 'opsbot', 'uptimerobot', 'pingdom', 'checkly', 'victorops', 'splunkoncall', 'incidentio',
  'firehydrant', 'rootly', 'blameless', 'backstage', 'graphql', 'openapi', 'swagger', 'protobuf', 'json', 'yaml',
  'fluentd', 'fluentbit', 'logstash', 'filebeat', 'loki', 'tempo', 'jaeger', 'zipkin', 'otel', 'opentelemetry', 'thanos',
  'cortex', 'mimir', 'coredns', 'kube-proxy', 'calico', 'cilium', 'flannel', 'metallb', 'velero', 'minio', 'ceph', 'rook',
  'longhorn', 'harbor', 'nexus', 'artifactory', 'sonarqube', 'gerrit', 'phabricator', 'buildkite', 'drone', 'tekton',
  'concourse', 'bamboo', 'teamcity', 'rundeck', 'nagios', 'zabbix', 'icinga', 'sensu', 'graphite', 'statsd', 'collectd',
  'telegraf', 'influxdb', 'timescaledb', 'cockroachdb', 'yugabyte', 'tidb', 'vitess', 'neo4j', 'couchbase', 'couchdb',
  'hbase', 'presto', 'trino', 'druid', 'pinot', 'superset', 'looker', 'tableau', 'metabase', 'redash', 'pgpool', 'proxysql',
  'liquibase', 'flyway', 'alembic', 'sequelize', 'prisma', 'typeorm', 'hibernate', 'gunicorn', 'uwsgi', 'puma', 'tomcat',
  'jetty', 'netty', 'kestrel', 'httpd', 'caddy', 'lighttpd', 'varnish', 'hazelcast', 'nats', 'pulsar', 'kinesis', 'pubsub',
  'eventbridge', 'cloudwatch', 'stackdriver', 'xray', 'appdynamics', 'dynatrace', 'instana', 'lightstep', 'bugsnag',
  'rollbar', 'crashlytics', 'firebase', 'supabase', 'planetscale', 'digitalocean', 'linode', 'hetzner', 'ovh', 'openstack',
  'kvm', 'qemu', 'hyperv', 'esxi', 'macos', 'ios', 'android', 'chromium', 'webpack', 'vite', 'babel', 'eslint', 'kubeadm',
  'minikube', 'kustomize', 'skaffold', 'tilt', 'pulumi', 'crossplane', 'cloudformation', 'vpc', 'alb', 'elb', 'nlb',
  'ebs', 'efs', 'kms', 'sts', 'ecr', 'gcr', 'acr', 'bigtable', 'spanner', 'firestore', 'memorystore', 'elasticache',
  'msk', 'dms', 'glue', 'athena', 'redshift', 'emr', 'sagemaker', 'bedrock', 'openai', 'anthropic', 'zendesk',
  'intercom', 'salesforce', 'hubspot', 'segment', 'amplitude', 'mixpanel', 'launchdarkly', 'unleash', 'flagsmith',
]);

/** Given names that are also places or things: not taken for a person when they stand alone. */
export const PLACE_LIKE_NAMES: ReadonlySet<string> = new Set(['Jordan', 'Austin', 'Victoria', 'Madison', 'Taylor', 'Logan', 'Florence', 'Charlotte', 'Georgia', 'Virginia', 'Phoenix', 'Paris', 'Chelsea', 'Sydney', 'Dallas', 'Houston', 'Christian', 'Java', 'Ruby', 'Julia', 'Rust']);

/** Principal names that are integrations or machines, not people. */
export function isSystemActor(name: string): boolean {
  const n = name.trim().toLowerCase();
  return n.length < 2 || n.includes(':') || TECH_TERMS.has(n) || n === 'local-cli' || n === 'system' || /(?:^|[-_[])bot\]?$/.test(n);
}

/** Months, days and words that are capitalised without being names. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'i', 'we', 'they', 'he', 'she', 'it', 'you', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'our', 'their', 'his',
  'her', 'its', 'my', 'your', 'someone', 'somebody', 'nobody', 'everyone', 'everybody', 'anyone', 'anybody', 'then',
  'also', 'after', 'before', 'when', 'while', 'once', 'finally', 'eventually', 'later', 'meanwhile', 'initially',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'utc', 'gmt', 'pst',
  'pdt', 'est', 'edt', 'cet', 'cest', 'ist', 'jst', 'customer', 'customers', 'support', 'engineering', 'security',
  'legal', 'finance', 'product', 'leadership', 'management', 'platform', 'infrastructure', 'infra', 'sales', 'marketing',
  'payments', 'checkout', 'billing', 'search', 'auth', 'identity', 'mobile', 'web', 'frontend', 'backend', 'data',
  'team', 'teams', 'staff', 'users', 'user', 'service', 'system', 'nothing', 'none', 'there', 'here', 'what', 'who',
  'why', 'how', 'where', 'which', 'action', 'impact', 'summary', 'timeline', 'root', 'cause', 'resolution', 'detection',
]);

/** Very common words that a username may also be; such usernames match only as @handles or capitalised. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'can', 'do', 'for', 'from', 'go', 'had', 'has', 'have', 'he',
  'her', 'him', 'his', 'if', 'in', 'is', 'it', 'its', 'me', 'my', 'no', 'not', 'of', 'on', 'or', 'our', 'out', 'so',
  'that', 'the', 'then', 'this', 'to', 'up', 'us', 'was', 'we', 'were', 'what', 'when', 'will', 'with', 'you', 'may',
  'can', 'admin', 'root', 'ops', 'dev', 'test', 'user', 'team', 'oncall', 'deploy', 'release', 'build', 'main', 'master',
  'support', 'info', 'help', 'all', 'any', 'new', 'old', 'one', 'two', 'way', 'day', 'time', 'now', 'see', 'get', 'set',
  'run', 'log', 'logs', 'data', 'api', 'web', 'app', 'ci', 'sre', 'page', 'alert', 'alerts', 'incident', 'service',
  'system', 'viewer', 'responder', 'editor', 'owner', 'reviewer', 'guest', 'bot', 'cli',
]);

/** Hosts (and their subdomains) of tools whose links are internal by nature. */
export const TOOL_HOSTS: readonly string[] = [
  'atlassian.net', 'atlassian.com', 'jira.com', 'github.com', 'gitlab.com', 'bitbucket.org', 'slack.com', 'zoom.us',
  'console.aws.amazon.com', 'signin.aws.amazon.com', 'awsapps.com', 'console.cloud.google.com', 'portal.azure.com',
  'app.datadoghq.com', 'app.datadoghq.eu', 'datadoghq.com', 'grafana.net', 'pagerduty.com', 'opsgenie.com', 'sentry.io',
  'splunkcloud.com', 'newrelic.com', 'honeycomb.io', 'docs.google.com', 'drive.google.com', 'meet.google.com',
  'notion.so', 'notion.site', 'linear.app', 'trello.com', 'miro.com', 'figma.com', 'lucid.app', 'sharepoint.com',
  'office.com', 'teams.microsoft.com', 'dev.azure.com', 'visualstudio.com', 'circleci.com', 'app.circleci.com',
  'vercel.com', 'app.netlify.com', 'dashboard.heroku.com', 'statuspage.io', 'incident.io', 'firehydrant.io', 'rootly.com',
  'loom.com', 'app.terraform.io', 'cloud.mongodb.com', 'console.cloud.tencent.com', 'app.launchdarkly.com',
];

/** Public reference sites kept by default (the team adds its own in `postmortem.redaction.publicDomains`). */
export const DEFAULT_PUBLIC_DOMAINS: readonly string[] = [
  'wikipedia.org', 'ietf.org', 'rfc-editor.org', 'w3.org', 'owasp.org', 'cve.org', 'mitre.org', 'nvd.nist.gov',
  'kubernetes.io', 'postgresql.org', 'python.org', 'nodejs.org', 'developer.mozilla.org', 'docs.aws.amazon.com',
  'aws.amazon.com', 'cloud.google.com', 'learn.microsoft.com', 'sre.google', 'githubstatus.com', 'docs.github.com',
  'github.blog', 'stackoverflow.com', 'example.com', 'example.org', 'example.net', 'status.aws.amazon.com',
  'health.aws.amazon.com', 'status.cloud.google.com', 'cloudflarestatus.com', 'letsencrypt.org',
];

/** Suffixes that are internal wherever they appear (`payments.svc`, `db.prod.internal`). */
export const INTERNAL_SUFFIXES: readonly string[] = [
  'internal', 'local', 'lan', 'corp', 'intranet', 'intra', 'svc', 'cluster.local', 'consul', 'home.arpa', 'localdomain',
  'priv', 'private', 'int', 'prod', 'production', 'staging', 'stage', 'stg', 'qa', 'uat', 'test', 'dev', 'vpc', 'ec2',
  'node', 'service', 'svc.cluster.local', 'k8s', 'kube',
];

/** File extensions: `config.yaml` and `index.js` are not hosts. */
export const FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  'json', 'yaml', 'yml', 'js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'py', 'go', 'rb', 'java', 'md', 'txt', 'log', 'conf',
  'cfg', 'ini', 'toml', 'xml', 'html', 'htm', 'css', 'scss', 'sql', 'sh', 'bash', 'zsh', 'lock', 'tf', 'tfvars', 'env',
  'pem', 'crt', 'key', 'csv', 'tsv', 'gz', 'zip', 'tar', 'tgz', 'bz2', 'xz', 'exe', 'dll', 'so', 'jar', 'war', 'png',
  'jpg', 'jpeg', 'gif', 'svg', 'pdf', 'proto', 'rs', 'c', 'h', 'cpp', 'hpp', 'cc', 'kt', 'swift', 'php', 'pl', 'bak',
  'tmp', 'out', 'err', 'pid', 'sock', 'service', 'timer', 'mount', 'cnf', 'properties', 'gradle', 'lua', 'r', 'ipynb',
  'dockerfile', 'mod', 'sum', 'bin', 'dat', 'db', 'sqlite', 'parquet', 'avro', 'wasm', 'map', 'min', 'd', 'rst', 'adoc',
  'vue', 'svelte', 'ex', 'exs', 'erl', 'hs', 'scala', 'clj', 'cs', 'fs', 'vb', 'ps1', 'bat', 'cmd', 'nix', 'cue', 'hcl',
]);

/** Top-level domains common enough to treat `x.<tld>` as a host name. */
export const TLDS: ReadonlySet<string> = new Set([
  'com', 'net', 'org', 'io', 'co', 'dev', 'app', 'cloud', 'ai', 'info', 'biz', 'us', 'uk', 'de', 'fr', 'eu', 'nl', 'jp',
  'cn', 'in', 'au', 'ca', 'ch', 'se', 'no', 'es', 'it', 'ru', 'br', 'xyz', 'tech', 'me', 'tv', 'gg', 'ly', 'so',
  'site', 'online', 'network', 'systems', 'services', 'host', 'zone', 'page', 'link', 'tools', 'team', 'works',
  'company', 'digital', 'global', 'pl', 'at', 'be', 'dk', 'fi', 'ie', 'nz', 'sg', 'hk', 'kr', 'tw', 'za', 'mx', 'ar',
  'gov', 'edu', 'mil', 'int', 'arpa', 'net.au', 'io.net',
]);

/** Words that make a hyphenated token (`checkout-db-1`, `k8s-node-12`) a machine. */
export const HOST_WORDS: ReadonlySet<string> = new Set([
  'node', 'db', 'host', 'srv', 'server', 'web', 'app', 'worker', 'vm', 'cache', 'redis', 'pg', 'postgres', 'mysql',
  'kafka', 'lb', 'proxy', 'api', 'gw', 'gateway', 'bastion', 'jump', 'build', 'ci', 'runner', 'broker', 'zk', 'etcd',
  'master', 'replica', 'primary', 'secondary', 'shard', 'queue', 'rabbit', 'es', 'elastic', 'k8s', 'kube', 'cluster',
  'prod', 'staging', 'stg', 'edge', 'ingress', 'nat', 'router', 'fw', 'dns', 'ns', 'mx', 'mail', 'smtp', 'ldap', 'dc',
  'nfs', 'storage', 'ceph', 'minio', 'vault', 'consul', 'nomad', 'ip', 'box', 'instance', 'pod', 'svc', 'mongo',
  'cassandra', 'memcached', 'nginx', 'haproxy', 'envoy', 'db1', 'db2', 'rds', 'ec2', 'gke', 'eks', 'aks', 'sql',
]);

/** Hyphenated words that end in digits without being machines. */
export const NOT_HOSTS: ReadonlySet<string> = new Set([
  'utf', 'sha', 'x86', 'iso', 'covid', 'rfc', 'http', 'tls', 'ssl', 'ipv4', 'ipv6', 'step', 'phase', 'day', 'week', 'tier',
  'level', 'layer', 'top', 'sev', 'p', 'v', 'version', 'part', 'round', 'option', 'case', 'item', 'base', 'md', 'log4j',
  'h', 'f', 'us', 'eu', 'ap', 'sa', 'ca', 'me', 'af', 'il', 'mx', 'a', 'b', 'c', 'q', 'y', 'fy', 'pci', 'soc', 'gpt',
]);

/** Prefixes of KEY-123 references that are public standards, not internal tickets. */
export const NOT_TICKETS: ReadonlySet<string> = new Set([
  'SEV', 'P', 'UTF', 'ISO', 'RFC', 'CVE', 'GHSA', 'COVID', 'SHA', 'TLS', 'SSL', 'HTTP', 'IPV', 'TCP', 'UDP', 'AES', 'RSA',
  'MD', 'X', 'ES', 'IEEE', 'PCI', 'SOC', 'GDPR', 'HIPAA', 'INC', 'PR', 'GPT', 'A', 'B', 'C', 'AMD', 'ARM', 'DDR', 'USB',
  'H', 'F', 'M', 'T', 'Q', 'FY', 'PEP', 'JSR', 'ECMA', 'CWE', 'CAPEC', 'OWASP', 'NIST', 'HTTP2', 'IPV4', 'IPV6', 'S', 'E',
]);

/** Words after "customer" that describe customers rather than name one. */
export const CUSTOMER_GENERIC: ReadonlySet<string> = new Set([
  'impact', 'success', 'support', 'experience', 'data', 'service', 'portal', 'facing', 'traffic', 'requests', 'accounts',
  'base', 'communication', 'communications', 'comms', 'trust', 'reports', 'complaints', 'tickets', 'escalations',
  'notification', 'notifications', 'status', 'page', 'update', 'updates', 'email', 'emails', 'care', 'service', 'the',
  'a', 'an', 'and', 'or', 'of', 'in', 'on', 'were', 'was', 'is', 'are', 'who', 'that', 'with', 'for', 'to',
]);

/** Company suffixes: "Acme Corp", "Globex Ltd". */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'ltd', 'ltd.', 'llc', 'gmbh', 'plc', 'ag', 'sa', 's.a.', 'co.', 'bv',
  'b.v.', 'nv', 'pty', 'limited', 'holdings', 'bank', 'labs', 'group',
]);

/**
 * Given names besides the quality linter's list, including those that are also ordinary
 * words (Grace, Will, Mark): used only where a name is likely anyway (before a capitalised
 * surname, after "paged"/"thanks"), so "Will" alone in a sentence stays.
 */
export const MORE_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'Dana', 'Gavin', 'Grace', 'Nora', 'Olivia', 'Will', 'Mark', 'May', 'Rose', 'Jack', 'Bill', 'Grant', 'Chase', 'Max', 'Ruby',
  'Julia', 'Ada', 'Dawn', 'Hope', 'Faith', 'Joy', 'April', 'June', 'Rich', 'Art', 'Pat', 'Ray', 'Sky', 'Drew', 'Dale',
  'Lena', 'Leo', 'Mia', 'Ava', 'Isla', 'Ivy', 'Iris', 'Hazel', 'Violet', 'Jade', 'Pearl', 'Ruth', 'Eve', 'Amelia', 'Harper',
  'Evelyn', 'Abby', 'Aria', 'Riley', 'Quinn', 'Reese', 'Morgan', 'Casey', 'Avery', 'Parker', 'Blake', 'Kai', 'Finn',
  'Theo', 'Felix', 'Oscar', 'Hugo', 'Arthur', 'Louis', 'Emil', 'Anton', 'Viktor', 'Boris', 'Igor', 'Yuri', 'Oleg',
  'Nikolai', 'Pavel', 'Jan', 'Piet', 'Joost', 'Wouter', 'Bram', 'Sander', 'Lotte', 'Ines', 'Lucia', 'Marta', 'Paula',
  'Rosa', 'Sergio', 'Raúl', 'Rafa', 'Gabriel', 'Gabriela', 'Daniela', 'Valentina', 'Mariana', 'Thiago', 'Bruno', 'Caio',
  'Rania', 'Yasmin', 'Samir', 'Tariq', 'Bilal', 'Hamza', 'Imran', 'Farah', 'Nadia', 'Leila', 'Sara', 'Noor', 'Arash',
  'Kiran', 'Sunita', 'Rakesh', 'Ramesh', 'Harish', 'Girish', 'Prakash', 'Venkat', 'Srinivas', 'Lakshmi', 'Anand', 'Arun',
  'Varun', 'Karan', 'Ishaan', 'Aryan', 'Tanvi', 'Riya', 'Isha', 'Nisha', 'Kavita', 'Chen', 'Li', 'Zhang', 'Yan', 'Lei',
  'Jing', 'Hui', 'Feng', 'Bo', 'Xin', 'Yu', 'Hana', 'Yui', 'Ren', 'Sora', 'Daiki', 'Kenta', 'Shota', 'Minho', 'Jisoo',
  'Hyun', 'Duc', 'Anh', 'Tuan', 'Nam', 'Kofi', 'Ama', 'Ade', 'Tunde', 'Chidi', 'Emeka', 'Zola', 'Sipho', 'Lindiwe',
  'Hannah', 'Mateo', 'Femke', 'Aisha', 'Deepak', 'Tomasz', 'Nils', 'Erik', 'Karin', 'Sigrid', 'Ole', 'Mads', 'Freja',
  'Rick', 'Ricky', 'Ted', 'Teddy', 'Ned', 'Hank', 'Jed', 'Abe', 'Gus', 'Moe', 'Vic', 'Val', 'Sue', 'Liz', 'Meg', 'Peg',
  'Marcus', 'Marco', 'Matteo', 'Lorenzo', 'Alessandro', 'Chiara', 'Sofia', 'Elena', 'Irina', 'Svetlana', 'Anastasia',
  'Maya', 'Jakob', 'Jonas', 'Lukas', 'Leon', 'Paul', 'Finn', 'Emma', 'Lea', 'Lena', 'Mila', 'Noah', 'Elias', 'Ben', 'Mats',
  'Tobias', 'Florian', 'Sebastian', 'Julian', 'Fabian', 'Katharina', 'Johanna', 'Greta', 'Clara', 'Frida', 'Ida', 'Nora',
  'Amir', 'Ali', 'Yara', 'Zara', 'Sana', 'Alina', 'Darya', 'Kateryna', 'Oksana', 'Bogdan', 'Andrei', 'Mihai', 'Ioana',
  'Tiago', 'Joana', 'Beatriz', 'Carmen', 'Pilar', 'Lucas', 'Hugo', 'Manon', 'Chloé', 'Léa', 'Théo', 'Louise', 'Jules',
  'Ola', 'Kasia', 'Marek', 'Kuba', 'Ewa', 'Agnieszka', 'Dorota', 'Zofia', 'Mariusz', 'Krzysztof', 'Wojciech', 'Paweł',
  'Shira', 'Noa', 'Yael', 'Itai', 'Omer', 'Eitan', 'Aviv', 'Tal', 'Gil', 'Amit', 'Dana', 'Rotem', 'Liat', 'Moshe',
]);

/** Operations words the dictionary lacks: never names ("Operational Runbooks", "Database Failover"). */
export const JARGON: ReadonlySet<string> = new Set([
  'failover', 'failback', 'runbook', 'playbook', 'postmortem', 'post-mortem', 'rollout', 'rollback', 'hotfix', 'uptime',
  'downtime', 'backend', 'frontend', 'middleware', 'datastore', 'datacenter', 'config', 'configs', 'repo', 'webhook',
  'signup', 'login', 'logout', 'checkout', 'timeout', 'healthcheck', 'failsafe', 'canary', 'deploy', 'deployer', 'autoscaling',
  'autoscaler', 'loadbalancer', 'ratelimit', 'ratelimiter', 'throttling', 'backoff', 'retry', 'retries', 'idempotent',
  'idempotency', 'sharding', 'resharding', 'replica', 'replication', 'failovers', 'on-call', 'oncall', 'sev', 'slo', 'sla',
  'sli', 'mttr', 'mttd', 'mtta', 'rca', 'blameless', 'lifecycle', 'follow-through', 'follow-up', 'runtime', 'dataset',
  'pipeline', 'namespace', 'subnet', 'vpc', 'cidr', 'dns', 'tls', 'cert', 'certs', 'mtls', 'oauth', 'sso', 'saml', 'jwt',
  'api', 'apis', 'sdk', 'cli', 'gui', 'ui', 'ux', 'url', 'urls', 'uri', 'http', 'https', 'json', 'yaml', 'csv', 'sarif',
  'github', 'gitlab', 'dashboard', 'dashboards', 'alerting', 'paging', 'pager', 'escalation', 'triage', 'observability',
  'telemetry', 'tracing', 'metrics', 'logging', 'incident', 'incidents', 'outage', 'outages', 'mitigation', 'remediation',
  'request-based', 'time-based', 'window-based', 'event-based', 'readme', 'changelog', 'todo', 'todos', 'wontfix',
]);
