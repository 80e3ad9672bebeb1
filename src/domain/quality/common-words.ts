/*
 * The words a lowercase chat sentence is written in (issue 16, round 16): the 30,000 most frequent English words
 * (common-words.generated.ts, from subtitles, where names keep their capitals), the product's own vocabulary and chat
 * shorthand. In a sentence written without capitals, a word outside them is read as a name (sentence-case.ts): "…
 * pushed to the CDN by kenji", "ngl ravi kinda tanked it". The sorted table is built on first use (below).
 */
import { COMMON_WORDS_TEXT } from './common-words.generated.ts';

/** What operations, engineering and chat write in lowercase that a word-frequency list of speech does not hold. */
const PRODUCT_WORDS = `
prod staging stg preprod dev devs qa uat deploy deploys deployed deploying redeploy redeployed rollback rollbacks rollout
rollouts throughput hotfix hotfixes repo repos pr prs mr mrs oncall on-call kubectl k8s cron cronjob cronjobs crontab cdn dns nginx
redis postgres postgresql mysql mongo kafka rabbitmq elasticsearch grafana prometheus datadog pagerduty opsgenie jira
confluence github gitlab bitbucket jenkins circleci terraform ansible helm docker dockerfile config configs infra ops
devops sre noc soc sev sev1 sev2 incident incidents runbook runbooks postmortem postmortems changelog backend frontend
middleware webhook webhooks api apis db dbs sql nosql ci cd ui ux ssl tls http https url urls json yaml yml ssh vpn vm
vms aws gcp azure ec2 rds iam cpu gpu ram ssd hdd ttl dlq sla slas slo slos sli rca eta eod eow asap fyi tl dr tldr
ack acked acking nack ping pinged pinging paged pager pod pods canary canaries rebase rebased rebasing merge merged
linter lint eslint prettier npm yarn pnpm pip lockfile monorepo namespace namespaces cluster clusters node nodes shard
shards replica replicas failover cutover uptime downtime latency p99 p95 p50 timeout timeouts retry retries backoff
throttle throttled ratelimit quota quotas ingress egress loadbalancer lb alb elb vpc subnet subnets bgp ospf mpls isp
lte olt ont rma sfp fibre fiber uplink downlink backhaul tac l1 l2 l3 rf noc's dau mau arpu ftue liveops nerf nerfed
buff buffed matchmaking lobby lobbies raid xp gg ez lol lmao lmfao rofl idk idc ik ngl tbh tbf imo imho fwiw afaik iirc
btw rn smh omg wtf jk ftw pls plz thx ty tysm np nvm ok okay kk yeah yea ya yep yup nope nah hmm hm uh um gonna wanna
gotta kinda sorta lemme gimme dunno prob probs def obv obvs tho thru cuz bc coz ppl msg msgs dm dms pm pms irl ooo wfh
eng mgmt mgr pto lgtm nit nits wip tbd tba ptal sgtm ymmv brb afk eu emea apac latam amer anz uk usa na mea cet utc pst est
ist gmt bst cest faq faqs kb
parse parser wildcard cert certs idempotent checksum async tarball artefact jitter semver keystore truststore keypair kubelet
autoscaler scheduler configmap mfa totp captcha cname nameserver resolver healthcheck liveness killswitch deadlock orm apns fcm
kubeconfig toml ini csv etl partitions offsets ssid dhcp ipsec cidr acl acls iptables nftables selinux sudo chmod chown rsync scp
sftp ftp smtp imap pop3 mx spf dkim dmarc ciphers hsm kms pki crl ocsp
shouldve couldve wouldve mustve mightve shouldnt couldnt wouldnt wasnt werent havent hasnt hadnt thats youre weve theyve youd itd
app apps env envs endpoint endpoints codebase codebases roadmap roadmaps rota rotas wifi exe min mins sec secs ms hr hrs
indent whitelist blacklist allowlist denylist tariff tariffs landmine timestamp timestamps dropdown checkbox tooltip
login logins logout signup username usernames passwd webhook changelog repo subdomain hostname hostnames localhost
dashboard dashboards toggle toggles flag flags runtime runtimes codepath workflow workflows pipeline pipelines
tooling toolchain sdk sdks cli gui ide vpn proxy proxies firewall firewalls router routers switchover cutoff
backfill backfills backlog backlogs bugfix bugfixes typo typos regex refactor refactors refactoring linting
microservice microservices monolith serverless kubernetes openshift nomad consul vault istio envoy haproxy
cloudflare fastly akamai stripe twilio sendgrid mailgun okta auth oauth sso saml jwt token tokens cookie cookies
cache caches cached caching memcache memcached queue queues enqueue dequeue cron crons daemon daemons systemd
syslog logfile logfiles stacktrace traceback coredump oom segfault heap mutex semaphore failover failback
snapshot snapshots replica rollout upsert schema schemas migration migrations sharding reindex vacuum
dataset datasets datacenter datacentre datacenters dc dcs rack racks psu psus ups bms hvac genset noc tt tts
ticket tickets sev3 p1 p2 p3 p4 mop mops cab cr crs rfc rfcs vlan vlans olt onts pon dwdm roadm otdr odf
ont ftth gpon cpe demarc lec ilec clec cust custs carrier carriers backbone peering transit colo colos
gameplay matchmaker leaderboard leaderboards loadout loadouts playtest playtests patchnotes hotfixed nerfs
buffs gems loot lootbox battlepass esports streamer streamers discord twitch reddit roblox unity unreal
steam playstation xbox nintendo testflight appstore playstore iap iaps sku skus storefront
`;

/**
 * Round 18: the words sorted into one string, one a line, searched by bisection: about 0.3 MiB of heap where a Set of the
 * same words held 1.6 MiB. Built on first use; a lookup is a binary search (about 18 steps of one word each).
 */
let sorted: string | undefined;

function table(): string {
  sorted ??= `\n${[...new Set(`${COMMON_WORDS_TEXT} ${PRODUCT_WORDS}`.split(/\s+/).filter((w) => w !== ''))].sort().join('\n')}\n`;
  return sorted;
}

/** Whether a lowercase word is one an English or operations writer uses, rather than a name. */
export function isCommonWord(word: string): boolean {
  if (word === '' || /\s/.test(word)) return false;
  const t = table();
  // The range [lo, hi] starts and ends on a line break; each step compares the word on the line around its middle.
  let lo = 0;
  let hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = t.lastIndexOf('\n', mid) + 1;
    const end = t.indexOf('\n', start);
    const w = t.slice(start, end);
    if (w === word) return true;
    if (w < word) lo = end;
    else hi = start - 1;
  }
  return false;
}
