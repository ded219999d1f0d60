import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseEnv } from '@arkivi/cms/env'
import { requestLimits } from '@arkivi/cms/http-limits'
import { ROOT } from '../lib/paths.ts'

/** The files in deploy/ are checked by the tools that will read them in production. */
const DEPLOY = path.join(ROOT, 'deploy')
const INSTALL_DIR = '/opt/arkivi'
const work = mkdtempSync(path.join(tmpdir(), 'arkivi-deploy-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const runs = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' }).status === 0
const units = readdirSync(DEPLOY).filter((name) => /\.(service|timer)$/.test(name))
const read = (name: string) => readFileSync(path.join(DEPLOY, name), 'utf8')

/** `Key=value` settings of a unit file, every value of a repeated key kept. */
function settings(unit: string): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const line of read(unit).split('\n')) {
    const match = /^(\w+)=(.*)$/.exec(line)
    if (match) map.set(match[1], [...(map.get(match[1]) ?? []), match[2]])
  }
  return map
}

describe('systemd units', () => {
  it('the CMS service restarts on failure, is memory-capped and confined, runs as its own user with secrets from a file', () => {
    const cms = settings('arkivi-cms.service')
    expect(cms.get('Restart')).toEqual(['on-failure'])
    expect(cms.get('MemoryMax')?.[0]).toMatch(/^\d+[MG]$/)
    expect(cms.get('User')).toEqual(['arkivi'])
    expect(cms.get('EnvironmentFile')).toEqual(['/etc/arkivi/cms.env'])
    expect(cms.get('Environment')).toContain('NODE_ENV=production')
    expect(cms.get('Environment')).toContain('TRUST_PROXY=1')
    for (const setting of ['NoNewPrivileges', 'PrivateTmp', 'PrivateDevices', 'ProtectHome', 'RestrictSUIDSGID']) {
      expect(cms.get(setting), setting).toEqual(['yes'])
    }
    expect(cms.get('ProtectSystem')).toEqual(['strict'])
    expect(cms.get('CapabilityBoundingSet')).toEqual([''])
  })

  it('the preview renderer listens on loopback only, matching the CMS example PREVIEW_URL, and gets none of the CMS secrets', () => {
    const preview = settings('arkivi-preview.service')
    expect(preview.get('Environment')).toContain('HOST=127.0.0.1')
    const port = preview
      .get('Environment')
      ?.find((value) => value.startsWith('PORT='))
      ?.slice('PORT='.length)
    expect(read('cms.env.example')).toContain(`PREVIEW_URL=http://127.0.0.1:${port}`)
    expect(preview.get('EnvironmentFile')).toBeUndefined()
    expect(preview.get('ExecStart')).toEqual(['/opt/arkivi/node_modules/.bin/node dist/server/entry.mjs'])
    expect(preview.get('Restart')).toEqual(['on-failure'])
    expect(preview.get('ProtectSystem')).toEqual(['strict'])
  })

  it('the backup timer starts the backup service, which keeps the newest 14 backups', () => {
    expect(units).toEqual(expect.arrayContaining(['arkivi-backup.service', 'arkivi-backup.timer']))
    expect(settings('arkivi-backup.timer').get('OnCalendar')).toHaveLength(1)
    expect(settings('arkivi-backup.service').get('ExecStart')).toEqual(['/usr/bin/npm run backup -- --dir /var/backups/arkivi --keep 14'])
  })

  const verify = runs('systemd-analyze', ['--version'])
  const verifyName = verify ? 'systemd-analyze verify accepts every unit, with no warning' : 'systemd-analyze verify: skipped, systemd-analyze is not installed here'
  it.runIf(verify)(verifyName, () => {
    // The units name /opt/arkivi; verify checks that ExecStart exists, so point them at this checkout.
    const dir = path.join(work, 'units')
    mkdirSync(dir)
    for (const unit of units) writeFileSync(path.join(dir, unit), read(unit).replaceAll(INSTALL_DIR, ROOT))
    const result = spawnSync('systemd-analyze', ['verify', ...units.map((unit) => path.join(dir, unit))], { encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})

describe('nginx reverse proxy', () => {
  const site = read('nginx/arkivi-cms.conf')

  it("lets through exactly the CMS's largest upload and overwrites X-Forwarded-For with the peer nginx saw", () => {
    const [, megabytes] = /client_max_body_size (\d+)m;/.exec(site) ?? []
    expect(Number(megabytes) * 1024 * 1024).toBe(requestLimits(parseEnv({})).multipartBytes)
    expect(site).toContain('proxy_set_header X-Forwarded-For $remote_addr;')
    expect(site).toMatch(/listen 443 ssl/)
    expect(site).toContain('return 301 https://$host$request_uri;')
  })

  it("lets the admin's import through up to exactly the CMS's import bound, and every other route only up to the upload bound", () => {
    const [, megabytes] = /location = \/api\/import\/archive-items \{[^}]*client_max_body_size (\d+)m;/.exec(site) ?? []
    expect(Number(megabytes) * 1024 * 1024).toBe(requestLimits(parseEnv({})).importBytes)
  })

  const nginx = runs('nginx', ['-v'])
  const nginxName = nginx
    ? 'nginx -t accepts the site, with TLS (a throwaway certificate in place of the real one)'
    : 'nginx -t: skipped, nginx is not installed here (.ci/run installs it)'
  it.runIf(nginx)(nginxName, () => {
    const dir = path.join(work, 'nginx')
    mkdirSync(path.join(dir, 'logs'), { recursive: true })
    const cert = path.join(dir, 'cert.pem')
    const key = path.join(dir, 'key.pem')
    const openssl = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=cms.example.org'], {
      encoding: 'utf8',
    })
    expect(openssl.status, openssl.stderr).toBe(0)
    writeFileSync(
      path.join(dir, 'site.conf'),
      site.replace('/etc/letsencrypt/live/cms.example.org/fullchain.pem', cert).replace('/etc/letsencrypt/live/cms.example.org/privkey.pem', key),
    )
    // Debian's /etc/nginx/nginx.conf in miniature: the site is included inside `http`.
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/logs/error.log;\nevents {}\nhttp {\n  access_log off;\n  include ${dir}/site.conf;\n}\n`,
    )
    const result = spawnSync('nginx', ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'logs', 'error.log')], { encoding: 'utf8' })
    expect(result.stderr).toContain('test is successful')
    expect(result.stderr).not.toMatch(/\[(warn|emerg|alert|crit)\]/)
    expect(result.status).toBe(0)
  })
})
