/** Interim frame (branch console only): replaced by the window's own frame. */
import type { WindowFrame } from '../types';

const Frame: WindowFrame = ({ ctx, view }) => (view ? <div class="lab__interim"><view.View ctx={ctx} /></div> : null);
export default Frame;
