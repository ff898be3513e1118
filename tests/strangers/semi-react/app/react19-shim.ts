/**
 * React 19 兼容：@douyinfe/semi-ui（非 -19 版）的 Tooltip/ResizeObserver 仍调用 ReactDOM.findDOMNode，
 * React 19 已移除该接口。此处按 fiber 树找到组件实例对应的第一个真实 DOM 节点。
 * （Toast 改用 Toast.useToast，不再依赖 ReactDOM.render。）
 */
import * as ReactDOMNS from 'react-dom';
import ReactDOM from 'react-dom';

interface Fiber {
  stateNode: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
}

function findDOMNode(target: unknown): Element | Text | null {
  if (target == null) return null;
  if (target instanceof Element || target instanceof Text) return target;
  const fiber = (target as { _reactInternals?: Fiber })._reactInternals;
  const stack: Fiber[] = fiber?.child ? [fiber.child] : [];
  while (stack.length) {
    const node = stack.shift()!;
    if (node.stateNode instanceof Element || node.stateNode instanceof Text) return node.stateNode;
    if (node.child) stack.unshift(node.child);
    if (node.sibling) stack.push(node.sibling);
  }
  return null;
}

for (const target of [ReactDOM, ReactDOMNS] as unknown as Record<string, unknown>[]) {
  try {
    if (typeof target.findDOMNode !== 'function') target.findDOMNode = findDOMNode;
  } catch {
    /* namespace objects are frozen in some bundles */
  }
}
