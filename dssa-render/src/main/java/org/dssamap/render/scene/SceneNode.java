package org.dssamap.render.scene;

/** One element of a scene, painted in the scene's order. */
public sealed interface SceneNode permits Area, TextBlock, CellNode, LinkNode {}
