/*
 * Word classes the blame analysis is built from: who can be a person in a sentence
 * (roles, groups, pronouns) and which capitalised words are never people (sentence
 * openers, practices, products, calendar words). The analysis itself is in
 * blame.patterns.ts; these lists name word classes, not blaming phrases.
 */
import { SERVED_ALWAYS } from './person-served.ts';

/** Nouns for a person by role or job ("the DBA", "our newest administrator", "the picker on line 3"). */
export const ROLE_NOUNS: readonly string[] = [
  'engineers?', 'developers?', 'devs?', 'DBAs?', 'dbas?', 'SREs?', 'sres?', 'FSEs?', 'admins?', 'administrators?', 'sysadmins?',
  'operators?', 'technicians?', 'techs?', 'interns?', 'new hires?', 'hires?', 'grads?', 'trainees?', 'apprentices?', 'contractors?',
  'consultants?', 'analysts?', 'managers?', 'leads?', 'tech leads?', 'team leads?', 'architects?', 'reviewers?', 'testers?',
  'QA', 'owners?', 'on-?call(?:ers?)?', 'on-call engineers?', 'responders?', 'supervisors?', 'nurses?', 'pharmacists?',
  'dispatchers?', 'clerks?', 'cashiers?', 'receptionists?', 'guys?', 'person', 'people', 'staff', 'employees?',
  'colleagues?', 'teammates?', 'co-?workers?', 'captains?', 'commanders?', 'liaisons?',
  'pickers?', 'reps?', 'specialists?', 'officers?', 'coordinators?', 'directors?', 'VPs?', 'CTO', 'CEO',
  'CIO', 'CISO', 'heads?', 'members?', 'programmers?', 'coders?', 'scientists?', 'designers?', 'PMs?', 'juniors?',
  'seniors?', 'newcomers?', 'folks', 'individuals?', 'approvers?', 'deployers?', 'maintainers?', 'specialists?',
  'executives?', 'chairs?', 'vendors? engineers?', 'doctors?', 'physicians?',
  'teachers?', 'accountants?', 'bookkeepers?', 'storekeepers?', 'shift leads?',
  'foremen', 'foreman', 'foremans?', 'crew', 'crews', 'squads?', 'teams?', 'agency', 'agencies', 'departments?', 'boards?', 'committees?',
  'desks?', 'shifts?', 'contacts?', 'starters?', 'locums?', 'temps?', 'guards?', 'porters?', 'tellers?', 'janitors?', 'interns?', 'trainees?', 'joiners?', 'recruits?', 'ops', 'folk', 'management', 'leadership', 'someone', 'somebody', 'whoever',
  'friends', 'NOC', 'SOC', 'helpdesk', 'service desk', 'agents?', 'assistants?', 'rookies?', 'girls?', 'lads?',
  // Heads of a crew or a site, and people named by sex or number ("the crew chief", "the facilities man", "the on-call persons").
  'chiefs?', 'boss', 'bosses', 'superintendents?', 'stewards?', 'wardens?', 'marshals?', 'persons', 'man', 'men', 'woman', 'women',
  // Nouns of contempt that only name people ("those cowboys in platform", "our genius in accounts").
  'offices?', 'groups?', 'units?', 'divisions?',
  'cowboys?', 'genius', 'geniuses', 'clowns?', 'muppets?', 'numpty', 'numpties', 'jokers?', 'masterminds?', 'bright sparks?',
  // Executives and their titles (round 5): "our COO", "the SVP", "the founder", "the higher-ups".
  'COO', 'CFO', 'CPO', 'CMO', 'CRO', 'CCO', 'CDO', 'CSO', 'SVPs?', 'EVPs?', 'presidents?', 'vice-presidents?', 'founders?', 'co-founders?',
  'chairman', 'chairwoman', 'chairperson', 'chairmen', 'execs?', 'higher-ups?', 'bosses', 'sponsors?', 'stakeholders?', 'GPs?', 'TAMs?', 'CSMs?', 'EMs?',
  // Round 15: a lab's and an audit's people ("the postdoc", "the PI", "the security champion", "the student on rotation").
  'postdocs?', 'post-docs?', 'PIs?', 'students?', 'champions?', 'fellows', 'RAs?', 'TAs?',
  // Round 22: the incident commander by initials ("IC still nowhere to be seen").
  'IC',
];

/**
 * Nouns that judge what a person or a group is like or did, after a possessive ("the crew chief's complacency",
 * "finance's inability to …", "management's penny-pinching"): a family, not the labelled sets' words.
 */
export const JUDGE_NOUNS =
  'complacency|overconfidence|over-confidence|arrogance|hubris|inability|ineptitude|ineptness|incompetence|incompetency|laziness|sloppiness|carelessness|recklessness|negligence|neglect|impatience|haste|hastiness|ignorance|indifference|apathy|inaction|inertia|dithering|foot-dragging|stubbornness|obstinacy|cluelessness|penny-pinching|cost-cutting|stinginess|cheapness|meddling|interference|disregard|contempt|cowardice|vanity|greed|indecision|indecisiveness|inattention|inattentiveness|thoughtlessness|rashness|cockiness|bravado|bluster|dishonesty|evasiveness|unreliability|unprofessionalism|amateurism|slackness|tardiness|refusal|reluctance|unwillingness|stupidity|foolishness|naivety|naïveté|heavy-handedness|high-handedness|short-sightedness';

/** Virtues a person can be said to lack, in understatement ("was not diligent", "less than careful", "not attentive enough"). */
export const VIRTUE_ADJ =
  'careful|diligent|attentive|thorough|professional|conscientious|rigorous|meticulous|vigilant|cautious|prudent|competent|reliable|focused|focussed|honest|forthcoming|truthful|responsive|punctual|disciplined|methodical|alert|observant|helpful|cooperative|co-operative|sensible|mindful|considerate';

/** Acts that damage, in the -ing form after a thanks that is sarcasm ("Thanks, X, for taking down login"). */
export const DAMAGE_ING =
  'taking down|bringing down|knocking (?:out|over)|breaking|deleting|dropping|wiping|truncating|corrupting|crashing|killing|nuking|trashing|leaking|exposing|losing|forgetting|ignoring|skipping|missing|disabling|silencing|muting|rebooting|restarting|turning off|switching off|unplugging|overwriting|reverting|locking (?:us|everyone|everybody|them|the \\w+) out|shipping (?:a |the |an )?(?:debug|broken|untested|buggy|half-finished|unreviewed)|pushing (?:straight|directly|untested|to prod|to production|on a)|merging (?:on|during|untested|without|straight)|deploying (?:on|during|at|untested|without|straight|to prod|on a)|leaving|ghosting|sitting on|rotating all|changing (?:prod|production|the prod)|making us|keeping us|waking (?:us|everyone|everybody) up';

/** Adjectives in -er / -or (comparatives and the like) and "ledger": never agents; after a shift modifier ("the Friday closer") a noun. */
export const COMPARATIVES: readonly string[] = `clever proper bitter sober eager tender inner outer upper lower whatever however sheer super cheaper faster slower bigger smaller larger earlier higher longer shorter newer older greater wider deeper safer easier harder simpler stronger weaker clearer closer quicker tighter looser lighter heavier fewer lesser prior interior exterior superior inferior ledger`.split(' ');

/**
 * Words with an agent suffix that name software, devices or things, not people: the
 * agent-suffix guess (person-references.ts) takes "the teller", "the auditor", "the
 * installer", "the technician" as roles without listing every job.
 */
export const THING_AGENTS: ReadonlySet<string> = new Set(
  `server autoscaler scaler router scheduler matchmaker container controller buffer parser compiler printer scanner handler listener consumer provider loader balancer broker cluster filter header footer folder timer counter trigger marker wrapper adapter driver monitor sensor error mirror processor connector selector iterator generator tracker browser computer number order layer center centre letter paper water power meter cover poster finger master register calendar border cursor floor door factor sector vector motor anchor tensor indicator accelerator reactor calculator elevator ventilator incubator defibrillator exporter importer poller crawler resolver renderer indexer reconciler shipper forwarder collector emitter transformer converter encoder decoder validator sanitizer tokenizer formatter linter bundler runner worker executor allocator dispatcher-service launcher installer-script updater upgrader downloader uploader fetcher sender receiver producer subscriber publisher logger debugger profiler optimizer minifier builder packer unpacker sorter splitter merger joiner mapper reducer router-table interpreter emulator simulator orchestrator operator-crd injector extractor detector protector inspector-tool reflector refresher retrier limiter throttler cacher watcher checker pinger notifier alerter pager beeper modem transmitter amplifier transistor resistor capacitor inverter charger adaptor connector cooler heater freezer fridge-freezer boiler compressor generator radiator thermometer barometer refrigerator conveyor cylinder chamber container locker drawer shelter trailer tanker tractor carrier barrier quarter matter manner character chapter filter-rule parameter perimeter diameter kilometer millimeter centimeter liter litre river summer winter october november december september other another either neither whether rather together further former latter later never ever over under after better ladder rubber silver copper paper-trail spider mister cancer answer corner banner dinner member-list vendor-lock error-handler major minor senior-level junior-level checklist playlist wishlist allowlist blocklist denylist whitelist blacklist shortlist tracklist watchlist mist twist exist persist assist consist insist resist median meridian boolean career disaster blunder wonder thunder monster tower shower flower pointer hammer blocker breaker sticker spinner butter transfer offer reminder remainder behavior color colour honor favor flavor labor rumor humor vapor harbor tumor terror horror corridor meteor manor armor liquor matter weather leather feather lever fever buzzer ticker slider toaster toner wafer charter timber ember banner-ad filler teaser hamper roster ledger docket binder newsletter flyer voucher pillar collar cellar dollar sugar radar solar lunar polar popular regular particular similar
  assembler renderer resolver exporter importer uploader downloader crawler indexer poller forwarder replicator emitter encoder decoder transcoder serializer serialiser tokenizer tokeniser linter bundler executor updater migrator allocator orchestrator aggregator formatter validator reconciler sequencer demultiplexer multiplexer limiter throttler splitter mapper reducer sampler collector scraper harvester notifier resizer compactor archiver`.split(' ').concat(COMPARATIVES),
);

/**
 * The people a service serves — customers, users, patients, callers — are who an incident happens to, not who a
 * review could blame: they are not person references ("Several customers told us …", "Mobile users were unable to log in").
 * Round 34: the list is person-served.ts's, shared with the WordNet lexicon.
 */
export const SERVED = SERVED_ALWAYS;

/** Group nouns that name people only with a modifier: "the ops team", not "the team" (collective, like "we"). */
export const GROUP_NOUNS = /^(?:crews?|squads?|teams?|departments?|boards?|committees?|agency|agencies|ops|folks?|staff|people|guys|desks?|shifts?|offices?|groups?|units?|divisions?)$/i;

/** Capitalised words that are not people: sentence openers, function words, practices, calendar words, products. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `Any Another Such Other Others Several Few Much More Less Very Too Yes Sorry Hi Hello Dear Regards Cheers Per Via Upon Within Without Across Around Against Between Under Over Until Unless Whether Whatever Whenever Wherever Lots Plenty Overall Realistically Admittedly Sadly Importantly Interestingly Separately Additionally Similarly Consequently Subsequently Afterwards Previously Currently Recently Today The This That These Those It Its We Our Us They Their There Here In On At After Before During When While If Had Once
  Despite Although Because Since As So Then Also Root Cause Causes Nothing No Nobody None Everyone Everybody Someone
  To For From By With Like Unlike Given Following Regarding Compared Problem Problems Issue Issues Classic Vintage Textbook Seriously Typical
  Draw Make Need Go Say Guess Enough Sigh Figures Wow Inexcusable Unbelievable Unacceptable Unreal Incredible Priceless Lovely Wonderful Shocking Embarrassing Amazing Impressive Genius Smart Clever Third Fourth Fifth Twice Honest Shout-out Shout-outs Heads-up
  Hindsight Mistake Mistakes Blame Fault Faults Failure Failures Lack Negligence Carelessness Responsibility Accountability Sloppiness
  Laziness Incompetence Oversight Oversights Blunder Blunders Poor Bad Shoddy Ignorance Inattention Misjudgement Misjudgment
  Somebody Anyone Anybody Each Every All Some Many Most Both Either Neither Why How What Who Whom Whose Which Where Did
  Does Do Was Is Were Are Could Would Should Can Will Might May Must Please Avoid Instead Rather Don't Replace Calling
  Honestly Frankly Clearly Again Yet But And Or Nor Thanks Thank Kudos Great Nice Good Well Brilliant Big Huge Credit
  Shout Of Apparently Let Let's Leave Two Three Four Five Half Valuable Downtime Production Prod Staging Monitoring
  Alerting Testing Deployment Deployments Deploys Deploy Release Releases Backup Backups Replication Traffic Latency
  Errors Error Trigger Impact Summary Timeline Detection Resolution Customers Customer Users User Service Services
  System Systems Database Databases Server Servers Cluster Clusters Node Nodes Pod Pods Job Jobs Script Scripts Pipeline
  Pipelines Config Configuration Change Changes Migration Migrations Alert Alerts Page Pages Pager Dashboard Dashboards
  Runbook Runbooks Tests Test Code CI CD Access Data Storage Network Networking Cache Caches Queue Queues Load Disk Memory
  Request Requests Response Responses App Apps Mobile Web Frontend Backend Team Teams Ops Engineering Support Security
  Finance Human Operator Operators Management Leadership Legal Marketing Sales Product Products Tooling Automation
  Validation Process Processes Software Hardware Firmware Nothing Everything Something Anything Incident Incidents
  Outage Outages Failure Failures Failover Rollback Rollbacks Recovery Capacity Performance Health Logs Log Metrics
  Graphs Traces Tracing Review Reviews Approval Approvals Policy Policies Documentation Docs Training Onboarding
  Planning Scheduling Communication Escalation Escalations Payments Payment Billing Checkout Search Orders Order
  Inventory Shipping Login Auth Authentication Authorization Identity Notifications Email Emails Messages Message
  Events Event Retries Retry Timeouts Timeout Requests Nginx Kafka Redis Postgres PostgreSQL Postgresql MySQL MongoDB
  Mongo Cassandra Elasticsearch Kibana Logstash Grafana Prometheus Datadog PagerDuty Opsgenie Sentry Splunk Vault
  Consul Nomad Istio Envoy Cloudflare Akamai Fastly Stripe Twilio Okta GitHub GitLab Bitbucket Jenkins CircleCI Travis
  Buildkite TeamCity Slack Zoom Teams Kubernetes Helm Argo Spinnaker Airflow Spark Hadoop Snowflake Redshift BigQuery
  Looker Tableau Jira Confluence ServiceNow Zendesk Salesforce Oracle Excel Terraform Ansible Puppet Chef Docker
  Linux Windows Ubuntu Debian Android iOS Chrome Safari Firefox Java Python Node Ruby Rails Django Spring React Angular
  Vue Webpack Azure AWS GCP Google Amazon Microsoft Apple Lambda Heroku Vercel Netlify Celery Sidekiq RabbitMQ
  Memcached Varnish HAProxy Traefik Ceph Kafka Zookeeper Etcd Consul Cron Crontab Git Bash Gateway Proxy Balancer
  North South East West Northern Southern Eastern Western Central Midlands Really Truly Totally Absolutely Seriously Literally Genuinely Simply Trust Typical
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September
  October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Christmas Easter Black Cyber Europe European America American Asia Africa Australia
  London Paris Berlin Milan Madrid Tokyo Dublin Amsterdam English British UTC GMT EU US UK Q1 Q2 Q3 Q4 SEV1 SEV2 P0 P1
  P2 P3 Mr Mrs Ms Dr Sir VAT IBAN SMS DNS TLS SSL VPN ACL API APIs URL HTTP HTTPS SQL JSON YAML CSV PDF ATM RDS S3 EC2
  IAM KMS CPU GPU RAM SSD NAT VLAN CDN PoP IP TCP UDP SLO SLA SLI MTTR MTTD Why Whys Step Steps Phase Stage Stages
  Day Week Month Year Morning Evening Night Today Tomorrow Yesterday Later Earlier Meanwhile Overall Finally First
  Second Third Next Last Initially Eventually Unfortunately Fortunately Luckily Sadly Ultimately Basically Actually
  Obviously Surely Perhaps Maybe Only Just Even Still Already Not Never Always Often Sometimes Usually Nonetheless
  However Therefore Thus Hence Meanwhile Besides Otherwise Indeed Note Notes Action Actions Item Items Owner Owners
  Status Priority Lessons Lesson Contributing Factors Factor Evidence Appendix Background Context Scope Severity
  Internal External Public Private Shared Legacy New Old Main Master Primary Secondary Replica Replicas Leader
  Follower Region Regions Zone Zones Datacenter Cloud Edge Core Platform Infrastructure Infra Pricing Reporting
  Analytics Warehouse Ingestion Export Import Sync Batch Batches Cronjob Worker Workers Consumer Consumers Producer
  Producers Broker Brokers Topic Topics Partition Partitions Index Indexes Table Tables Schema Schemas Column Columns
  Query Queries Transaction Transactions Lock Locks Connection Connections Pool Pools Thread Threads Process Disk
  Disks Volume Volumes Bucket Buckets File Files Folder Folders Directory Key Keys Token Tokens Secret Secrets
  Certificate Certificates Cert Certs Domain Domains Firewall Router Routers Switch Switches Link Links Fibre Fiber
  Power Generator UPS Cooling Freezer Printer Printers Scanner Scanners Terminal Terminals Till Tills Pump Pumps
  Fluentd Filebeat Telegraf Vector Nagios Zabbix Icinga Gluster MinIO Linkerd
  Calico Cilium Flannel Flux Tekton Drone Harbor Nexus Artifactory Keycloak Cognito Supabase Firebase Hasura Prisma Hibernate
  Tomcat Jetty Gunicorn Uvicorn Puma Unicorn Passenger Apache Httpd Caddy Squid Bind Unbound Dnsmasq Chrony Systemd Journald
  Rsyslog Syslog Scylla Cockroach Vitess Citus Patroni Pgbouncer PgBouncer Postfix Sendmail Exim Mailgun Sendgrid Pusher Resque
  Bull Temporal Kinesis Pulsar Mosquitto Ingress Knative Fargate Lightsail Beanstalk Aurora Dynamo Cosmos Spanner Bigtable
  Firestore Dataflow Composer Metabase Superset Redash Loki Tempo Mimir Thanos Cortex Jaeger Zipkin Honeycomb Lightstep Dynatrace
  Instana Pingdom Rundeck Octopus Bamboo Gitea Gerrit Sourcegraph Renovate Dependabot Snyk Trivy Clair Falco Wazuh Crowdstrike
  Duo Boundary Teleport Tailscale Wireguard Pulumi Crossplane Salt Debezium Flink Storm Beam Hive Presto Trino Druid Pinot
  ClickHouse Clickhouse Synapse Openshift Rancher Portainer Minikube Kind Podman Containerd Etcd Coredns CoreDNS Kube Kubelet
  Envoy Haproxy Entra Intune Jamf Workday Netsuite Quickbooks Shopify Magento Woocommerce Wordpress Drupal Joomla
  Adyen Braintree Paypal PayPal Klarna Plaid Vonage Segment Mixpanel Amplitude Hotjar Optimizely Launchdarkly
  LaunchDarkly Unleash Flagsmith Cloudfront CloudFront Route Elb Alb Nlb Vpc Eks Gke Aks Ecs Sqs Sns Ses Efs Ebs Glacier`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Endings of capitalised words that name practices or things, not people ("Replication", "Alerting", "Management"). */
/** Round 13: and a past participle opening a noun phrase ("Scheduled reports …", "Affected customers …", "Delayed jobs …"). */
export const THING_ENDING = /(?:ing|tion|sion|ment|ness|ity|ance|ence|ics|ism|ware|age|ures?|ers|ors|ies|ets|ots|ats|DB|API|Ops|uled|ated|ized|ised|ected|elayed|ssed|cked|ailed|orted|iled|eted|ited|nded|ided)$/;

/** Adjectives that judge a person's work or character. */
export const JUDGE_ADJ =
  'careless|sloppy|negligent|lazy|incompetent|reckless|irresponsible|unprofessional|naive|naïve|hasty|shoddy|thoughtless|rash|clumsy|foolish|stupid|dumb|idiotic|cavalier|lax|lackadaisical|amateurish|haphazard|inattentive|unreliable|useless|clueless|half-baked|half-hearted|rubber-stamp|slapdash|sloppily|poor|bad|lousy|terrible|awful|untested|unauthori[sz]ed|unilateral|impatient|ill-advised|ill-judged|misguided|botched|slow|lame|inexcusable|inept|unacceptable';

/** Adverbs that judge how a person acted. */
export const JUDGE_ADV =
  'carelessly|recklessly|irresponsibly|negligently|lazily|sloppily|unprofessionally|incompetently|hastily|thoughtlessly|rashly|foolishly|stupidly|blindly|wrongly|improperly|incorrectly|inappropriately|unilaterally';

/** Nouns that name a fault. */
export const FAULT_NOUNS =
  'mistakes?|errors?|fault|faults|oversights?|blunders?|slip-?ups?|slips?|screw-?ups?|goofs?|lapses?|missteps?|negligence|carelessness|incompetence|laziness|impatience|sloppiness|recklessness|ignorance|misjudg(?:e)?ments?|bad call|poor judg(?:e)?ment|poor decision|fault-up|failings?|inattention|fuck-?ups?|cock-?ups?';

/** Verbs of a duty a person can leave undone (after "did not", "never", "failed to"). */
export const DUTY_VERBS =
  'make|do|call|phone|ring|page|contact|email|message|ping|check|verify|test|follow|read|notify|tell|inform|review|look|report|communicate|update|acknowledge|respond|wait|ask|confirm|lock|escalate|pass|forward|flag|announce|document|warn|answer|double-check|validate|investigate|monitor|watch|care|listen|think|pay|run|consult|coordinate|raise|mention|share|back up|renew|rotate|remember|bother|loop|involve|plan|prepare|test|reply|pick up|show up|turn up|attend|inspect|proofread|sign off|catch|notice|spot|see|heed|read';

/** The same duties in the simple past ("never acknowledged", "never passed on"). */
export const DUTY_PAST =
  'called|phoned|paged|contacted|emailed|messaged|pinged|checked|verified|tested|followed|read|notified|told|informed|reviewed|looked|reported|communicated|updated|acknowledged|responded|waited|asked|confirmed|locked|escalated|passed|forwarded|flagged|announced|documented|warned|answered|double-checked|validated|investigated|monitored|watched|cared|listened|thought|paid|ran|consulted|coordinated|raised|mentioned|shared|backed up|renewed|rotated|remembered|bothered|looped|involved|planned|prepared|replied|picked up|showed up|turned up|attended|inspected|signed off|caught|noticed|spotted|heeded|bothered';

/** Verbs of something only a person does wrongly on their own: forgetting, ignoring, skipping. */
export const OMISSION_VERBS =
  'ignored|overlooked|forgot|forgotten|has forgot|had forgotten|has forgotten|neglected|disregarded|skipped|dismissed|snoozed|bypassed|circumvented|mistyped|misread|misconfigured|misjudged|fat-fingered|fat fingered|brushed off|brushed aside|shrugged off|waved off|waved away|slept through|paid no attention|paid no heed|turned a blind eye|missed|went ahead and|chose to ignore|decided to ignore|ignores|forgets|skips|misses|ignore';

/** Idioms of failure that only a person (or a group of people) can be the subject of. */
export const IDIOMS =
  'dropped the ball|drops the ball|(?:did|does|do)(?:n\'t| not) (?:know|understand|care) what (?:he|she|they|§¤*)(?:\'re|\'s|’re|’s| (?:was|were|is|are)) doing|never learns|never listens|had no business|took (?:a )?shortcuts?|jumped the gun|went off (?:half-cocked|script)|shot from the hip|ran amok|went cowboy|(?:was|were|is|are) asleep at the (?:wheel|switch)|fell asleep at the (?:wheel|switch)|(?:was|were) caught napping|had one job|blew it|blew this|fumbled|botched|bungled|flubbed|messed (?:it |this |things |everything )?up|messed up|screwed (?:it |this |things |everything )?up|screwed the pooch|cut corners|went rogue|cowboyed|made a (?:mess|hash|pig\'s ear) of|rubber-stamped|rubber stamped|waved (?:it|the change) through|dropped the ball|took (?:the whole|everything|the entire)(?: \\w+){0,2} (?:down )?with (?:him|her|them)|let (?:us|the team|everyone) down|was out to lunch|were out to lunch|winged it|wung it|phoned it in|did(?:n\'t| not) do (?:his|her|their) job|(?:threw|throws|thrown) (?:[\\w§¤\'’-]+ ){1,4}?under the bus|(?:hung|left) (?:[\\w§¤\'’-]+ ){1,4}?out to dry|(?:has|had) no idea what (?:he|she|they|§¤*) (?:was|were) doing';

/** Words that make a "thanks to …" or a sarcastic opener negative. */
export const BAD_OUTCOME =
  /\b(?:could(?:n't| not)|(?:nobody|no one|no-one) could|unable to|can't|cannot|wrong|crash(?:ed|es)?|down|outage|broke|broken|fail(?:ed|ing|s)?|lost|loss|corrupt\w*|delet\w*|double-charged|stale|404|5\d\d|errors?|unavailable|stranded|leak\w*|untested|without|again|optional|at once|every (?:node|server|pod)|bank holiday|friday|peak|live (?:database|db|system)|sandbox|exposed|nobody around|straight to|for a (?:week|month)|as usual|no one around|all weekend|twice|duplicated?|half of|shortcut|tweak|hard-?coded|backed up|piled up|stalled|hung|timed out|all night|overnight|degraded|went down|fell over|stopped|for (?:\d+|two|three|four|five|six|several|many) (?:hours|days))\b/i;

/** Words that make a "thanks to …" sentence positive (gratitude, recovery). */
export const GOOD_OUTCOME =
  /\b(?:locked down|secured|within the hour|in time|promptly|back (?:up |online )?within|corrected|recovered|restored|straightforward|quick(?:ly)?|fast|in record time|saved|rescued|fixed|resolved|caught|spotted|prevented|smooth|calm|grateful|thank you|kudos|helped|stayed|detailed|well|great work)\b/i;

/** Round 14: a failed state that lasted ("the cabinet stayed locked for six hours", "the site remained down until noon"): a bad outcome although "stayed" alone is a good one. */
export const LASTING_BAD = /\b(?:stayed|remained|sat|was left|were left)\s(?:locked|stuck|down|offline|unavailable|closed|shut|frozen|dark|blocked|broken|unreachable|jammed|wedged)\s(?:for|until|all|overnight|through)\b/i;
