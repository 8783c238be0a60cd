// A model in 3D: the API's own glTF export (the same bytes a customer downloads), loaded with three.js's
// GLTFLoader, set down on a ground grid (its lowest point on the ground, as a built thing stands) with soft
// shadows, and framed so the whole model is in view. OrbitControls turn it with mouse, touch or arrow keys; a small
// axes indicator in the corner shows which way x, y and z point.
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { inWorkspace } from './workspace.js';

const GIZMO = 84; // the axes indicator's size in CSS pixels

export class ModelViewer {
    constructor(container) {
        this.container = container;
        this.scene = new THREE.Scene();
        this.scene.background = new THREE.Color(0xeef1f6);
        this.scene.add(new THREE.HemisphereLight(0xffffff, 0x8090a0, 1.8));
        this.sun = new THREE.DirectionalLight(0xffffff, 2.2);
        this.sun.castShadow = true;
        this.sun.shadow.mapSize.set(1024, 1024);
        this.sun.shadow.radius = 4;
        this.scene.add(this.sun, this.sun.target);
        this.ground = new THREE.Group();
        this.scene.add(this.ground);
        this.camera = new THREE.PerspectiveCamera(45, 4 / 3, 0.01, 1000);
        // preserveDrawingBuffer keeps the last frame readable (screenshots, the end-to-end test's pixel check).
        this.renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
        this.renderer.setPixelRatio(window.devicePixelRatio);
        this.renderer.shadowMap.enabled = true;
        this.renderer.shadowMap.type = THREE.PCFSoftShadowMap;
        this.renderer.autoClear = false;
        container.append(this.renderer.domElement);
        this.controls = new OrbitControls(this.camera, this.renderer.domElement);
        this.controls.listenToKeyEvents(container);
        this.controls.addEventListener('change', () => this.render());
        this.loader = new GLTFLoader();
        this.current = null;
        this.gizmo = axesIndicator();
        this.drawGround(4);
        new ResizeObserver(() => this.resize()).observe(container);
    }

    async show(model) {
        const gltf = await this.loader.loadAsync(inWorkspace(`/api/v1/models/${encodeURIComponent(model.id)}/export?format=glb`));
        this.clear();
        this.current = gltf.scene;
        this.current.traverse(part => {
            if (part.isMesh) {
                part.castShadow = true;
                part.receiveShadow = true;
            }
        });
        // Stand the model on the ground: its lowest point at y = 0, centred over the grid.
        const box = new THREE.Box3().setFromObject(this.current);
        if (!box.isEmpty()) {
            const centre = box.getCenter(new THREE.Vector3());
            this.current.position.set(-centre.x, -box.min.y, -centre.z);
        }
        this.scene.add(this.current);
        const size = box.isEmpty() ? 2 : Math.max(...box.getSize(new THREE.Vector3()).toArray());
        this.drawGround(size);
        this.fit();
        this.container.dataset.modelId = model.id;
    }

    clear() {
        if (this.current) {
            this.scene.remove(this.current);
            this.current = null;
        }
        delete this.container.dataset.modelId;
        this.render();
    }

    /** A grid a few times the model's size, and a ground that shows only the shadows falling on it. */
    drawGround(size) {
        this.ground.clear();
        const extent = Math.max(4, Math.ceil(size * 3));
        const grid = new THREE.GridHelper(extent, Math.min(40, extent * 2), 0x9aa3b5, 0xd3d8e2);
        const shadows = new THREE.Mesh(new THREE.PlaneGeometry(extent, extent), new THREE.ShadowMaterial({ opacity: 0.18 }));
        shadows.rotation.x = -Math.PI / 2;
        shadows.position.y = 0.001;
        shadows.receiveShadow = true;
        this.ground.add(grid, shadows);
        const reach = extent / 2;
        this.sun.position.set(reach * 0.6, reach * 1.6, reach * 0.8);
        Object.assign(this.sun.shadow.camera, { left: -reach, right: reach, top: reach, bottom: -reach, far: reach * 5 });
        this.sun.shadow.camera.updateProjectionMatrix();
    }

    /** Frames the whole model (the "Fit view" button, and every newly shown model). */
    fit() {
        const box = this.current ? new THREE.Box3().setFromObject(this.current) : new THREE.Box3();
        const size = box.isEmpty() ? 2 : box.getSize(new THREE.Vector3()).length() || 1;
        const centre = box.isEmpty() ? new THREE.Vector3(0, 0.5, 0) : box.getCenter(new THREE.Vector3());
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
        const { clientWidth: width, clientHeight: height } = this.container;
        this.renderer.setViewport(0, 0, width, height);
        this.renderer.clear();
        this.renderer.render(this.scene, this.camera);
        // The axes indicator turns with the camera, drawn over the bottom-left corner.
        this.gizmo.camera.position.copy(this.camera.position).sub(this.controls.target).setLength(3);
        this.gizmo.camera.lookAt(0, 0, 0);
        this.renderer.clearDepth();
        this.renderer.setViewport(8, 8, GIZMO, GIZMO);
        this.renderer.render(this.gizmo.scene, this.gizmo.camera);
        this.renderer.setViewport(0, 0, width, height);
    }
}

function axesIndicator() {
    const scene = new THREE.Scene();
    const colours = { x: 0xd92d20, y: 0x12b76a, z: 0x2f5bea };
    for (const [axis, colour] of Object.entries(colours)) {
        const direction = new THREE.Vector3(axis === 'x' ? 1 : 0, axis === 'y' ? 1 : 0, axis === 'z' ? 1 : 0);
        scene.add(new THREE.ArrowHelper(direction, new THREE.Vector3(), 1, colour, 0.3, 0.18));
        scene.add(label(axis, colour, direction.multiplyScalar(1.35)));
    }
    const camera = new THREE.PerspectiveCamera(40, 1, 0.1, 10);
    return { scene, camera };
}

/** A letter as a sprite, drawn on a small canvas (no fonts to load). */
function label(text, colour, at) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 64;
    const context = canvas.getContext('2d');
    context.fillStyle = `#${colour.toString(16).padStart(6, '0')}`;
    context.font = 'bold 44px system-ui, sans-serif';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(text, 32, 34);
    const sprite = new THREE.Sprite(new THREE.SpriteMaterial({ map: new THREE.CanvasTexture(canvas) }));
    sprite.position.copy(at);
    sprite.scale.setScalar(0.5);
    return sprite;
}
