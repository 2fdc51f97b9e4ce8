// The embedded default: builds examples/hello for linux/amd64 and linux/arm64 into an OCI layout
// by running dist/main.js as a runner would, then prints the step outputs. No registry needed.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const runnerTemp = mkdtempSync(join(tmpdir(), 'build-go-image-demo-'))
const outputs = join(runnerTemp, 'outputs')
writeFileSync(outputs, '')
const env = {
  ...process.env,
  RUNNER_TEMP: runnerTemp,
  GITHUB_OUTPUT: outputs,
  'INPUT_WORKING-DIRECTORY': 'examples/hello',
  INPUT_PLATFORMS: 'linux/amd64,linux/arm64',
  INPUT_LDFLAGS: '-s -w -X main.version={{.Version}}',
  INPUT_EXPOSE: '8080',
}
const r = spawnSync(process.execPath, ['dist/main.js'], { env, stdio: 'inherit' })
if (r.status !== 0) process.exit(r.status ?? 1)

const text = readFileSync(outputs, 'utf8')
const values = {}
for (const m of text.matchAll(/^([^<\n]+)<<(.+)\n([\s\S]*?)\n\2$/gm)) values[m[1]] = m[3]
console.log('\noutputs:')
for (const name of ['digest', 'digests', 'oci-layout']) console.log(`  ${name}: ${values[name]}`)
console.log(`  sbom-digests: ${values['sbom-digests']}`)
console.log(`\ninspect it with: skopeo inspect --raw ${values['oci-ref']}`)
