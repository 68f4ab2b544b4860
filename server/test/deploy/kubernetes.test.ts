import { readdirSync, readFileSync } from 'node:fs';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { loadConfig } from '../../src/config.js';

// deploy/kubernetes checked without a cluster: every object valid against the Kubernetes
// schemas (kubernetes-models), and wired together (selectors, ports, probe paths the app
// serves, settings the app accepts).

const dir = new URL('../../../deploy/kubernetes/', import.meta.url);
const kustomization = parse(readFileSync(new URL('kustomization.yaml', dir), 'utf8'));
const objects = readdirSync(dir)
  .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
  .flatMap((file) => parseAllDocuments(readFileSync(new URL(file, dir), 'utf8')).map((doc) => ({ file, object: doc.toJS() })));
const models: Record<string, new (data: any) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'v1/Service': Service,
  'v1/ConfigMap': ConfigMap,
  'networking.k8s.io/v1/Ingress': Ingress,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
};
const find = (kind: string, name: string) => objects.find(({ object }) => object.kind === kind && object.metadata.name === name)!.object;

describe('Kubernetes manifests', () => {
  it('are valid Kubernetes objects, all listed in the kustomization', () => {
    expect(objects.length).toBeGreaterThanOrEqual(7);
    for (const { file, object } of objects) {
      const Model = models[`${object.apiVersion}/${object.kind}`];
      expect(Model, `${file}: ${object.apiVersion} ${object.kind}`).toBeDefined();
      expect(() => new Model!(object).validate(), `${file}: ${object.kind} ${object.metadata?.name}`).not.toThrow();
    }
    expect([...kustomization.resources].sort()).toEqual([...new Set(objects.map(({ file }) => file))].sort());
  });

  it('wire the API, worker, service, ingress, disruption budget and autoscaler together', () => {
    const api = find('Deployment', 'doppelcart-api');
    const worker = find('Deployment', 'doppelcart-worker');
    const service = find('Service', 'doppelcart-api');
    const podLabels = api.spec.template.metadata.labels;
    expect(podLabels).toMatchObject(service.spec.selector);
    expect(podLabels).toMatchObject(find('PodDisruptionBudget', 'doppelcart-api').spec.selector.matchLabels);
    expect(find('HorizontalPodAutoscaler', 'doppelcart-api').spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'doppelcart-api' });
    const backend = find('Ingress', 'doppelcart').spec.rules[0].http.paths[0].backend.service;
    expect(backend).toEqual({ name: 'doppelcart-api', port: { name: 'http' } });
    expect(service.spec.ports[0].targetPort).toBe('http');

    const [container] = api.spec.template.spec.containers;
    expect(container.ports).toEqual([{ name: 'http', containerPort: 4000 }]);
    expect(container.readinessProbe.httpGet.path).toBe('/healthz');
    expect(container.livenessProbe.httpGet.path).toBe('/livez');
    expect(container.env).toContainEqual({ name: 'RUN_WORKER', value: 'false' });
    expect(worker.spec.template.spec.containers[0].command).toEqual(['node', 'server/dist/worker-main.js']);
    for (const deployment of [api, worker]) {
      expect(deployment.spec.template.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      const main = deployment.spec.template.spec.containers[0];
      expect(main.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
      expect(main.envFrom).toEqual([{ configMapRef: { name: 'doppelcart' } }, { secretRef: { name: 'doppelcart' } }]);
      expect(main.volumeMounts.map((mount: { mountPath: string }) => mount.mountPath)).toEqual(['/data', '/tmp']);
    }
  });

  it('give the app settings it accepts', () => {
    const settings = find('ConfigMap', 'doppelcart').data;
    const config = loadConfig({ ...settings, DATABASE_URL: 'postgres://u:p@db:5432/doppelcart', TOKEN_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}` });
    expect(config).toMatchObject({ STORAGE_DRIVER: 's3', S3_BUCKET: 'doppelcart-assets', TRUST_PROXY: '10.0.0.0/8,172.16.0.0/12,192.168.0.0/16' });
  });
});
