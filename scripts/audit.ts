// npm run audit: known security problems in what the app and its server use (npm audit --omit=dev).
// Fails on any high or critical finding; lists the others. When the registry's audit service cannot
// be reached (some mirrors refuse it), it says so plainly instead of pretending to have checked.
import { spawnSync } from 'node:child_process';

interface AuditReport {
  statusCode?: number;
  message?: string;
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; fixAvailable: unknown }>;
}

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', shell: process.platform === 'win32' });
let report: AuditReport;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  console.log(`npm audit gave no report (exit ${run.status}). ${run.stderr.trim().split('\n').at(-1) ?? ''}`);
  process.exit(run.status === 0 ? 0 : 1);
}

if (!report.metadata) {
  console.log(`npm audit could not reach the registry's audit service: ${report.message ?? 'no details'}. Nothing was checked; run npm run audit where the service is reachable.`);
  process.exit(0);
}

const counts = report.metadata.vulnerabilities ?? {};
const findings = Object.entries(report.vulnerabilities ?? {});
console.log(`npm audit --omit=dev: ${['critical', 'high', 'moderate', 'low', 'info'].map((level) => `${counts[level] ?? 0} ${level}`).join(', ')}.`);
for (const [name, finding] of findings) console.log(`  ${finding.severity}: ${name}${finding.fixAvailable ? ' (a fix is available: npm audit fix)' : ''}`);
process.exit((counts.critical ?? 0) + (counts.high ?? 0) > 0 ? 1 : 0);
