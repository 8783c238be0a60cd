// A model in 3D: the API's own glTF export (the same bytes a customer downloads), loaded with three.js's
// GLTFLoader and framed so the whole model is in view. OrbitControls turn it with mouse, touch or arrow keys.
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';

export class ModelViewer {
    constructor(container) {
        this.container = container;
        this.scene = new THREE.Scene();
        this.scene.background = new THREE.Color(0xeef1f6);
        this.scene.add(new THREE.HemisphereLight(0xffffff, 0x8090a0, 2.2));
        const sun = new THREE.DirectionalLight(0xffffff, 2);
        sun.position.set(3, 5, 4);
        this.scene.add(sun);
        this.camera = new THREE.PerspectiveCamera(45, 4 / 3, 0.01, 1000);
        // preserveDrawingBuffer keeps the last frame readable (screenshots, the end-to-end test's pixel check).
        this.renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
        this.renderer.setPixelRatio(window.devicePixelRatio);
        container.append(this.renderer.domElement);
        this.controls = new OrbitControls(this.camera, this.renderer.domElement);
        this.controls.listenToKeyEvents(container);
        this.controls.addEventListener('change', () => this.render());
        this.loader = new GLTFLoader();
        this.current = null;
        new ResizeObserver(() => this.resize()).observe(container);
    }

    async show(model) {
        const gltf = await this.loader.loadAsync(`/api/v1/models/${encodeURIComponent(model.id)}/export?format=glb`);
        if (this.current) {
            this.scene.remove(this.current);
        }
        this.current = gltf.scene;
        this.scene.add(this.current);
        this.frame(this.current);
        this.container.dataset.modelId = model.id;
    }

    frame(object) {
        const box = new THREE.Box3().setFromObject(object);
        const size = box.isEmpty() ? 1 : box.getSize(new THREE.Vector3()).length() || 1;
        const centre = box.isEmpty() ? new THREE.Vector3() : box.getCenter(new THREE.Vector3());
        this.camera.position.copy(centre).add(new THREE.Vector3(0.9, 0.7, 1.2).multiplyScalar(size));
        this.camera.near = size / 100;
        this.camera.far = size * 100;
        this.controls.target.copy(centre);
        this.camera.updateProjectionMatrix();
        this.controls.update();
        this.render();
    }

    resize() {
        const { clientWidth: width, clientHeight: height } = this.container;
        if (width === 0 || height === 0) {
            return;
        }
        this.renderer.setSize(width, height, false);
        this.camera.aspect = width / height;
        this.camera.updateProjectionMatrix();
        this.render();
    }

    render() {
        this.renderer.render(this.scene, this.camera);
    }
}
