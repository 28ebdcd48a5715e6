// <baton-chart>: a small wrapper around Apache ECharts. The server sets the chart's option as JSON in the
// "option" attribute; the element draws it (SVG renderer, so text stays crisp on phones) and follows its size.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  AriaComponent
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent,
  AriaComponent, SVGRenderer]);

class BatonChart extends HTMLElement {
  static get observedAttributes() {
    return ['option'];
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    if (!this.chart) {
      this.chart = echarts.init(this, null, { renderer: 'svg' });
      this.resizer = new ResizeObserver(() => this.chart && this.chart.resize());
      this.resizer.observe(this);
    }
    this.draw();
  }

  disconnectedCallback() {
    if (this.resizer) {
      this.resizer.disconnect();
      this.resizer = null;
    }
    if (this.chart) {
      this.chart.dispose();
      this.chart = null;
    }
  }

  attributeChangedCallback() {
    this.draw();
  }

  draw() {
    const text = this.getAttribute('option');
    if (!this.chart || !text) {
      return;
    }
    try {
      this.chart.setOption(JSON.parse(text), true);
      this.setAttribute('data-drawn', 'true');
    } catch (e) {
      console.error('baton-chart: bad option', e);
    }
  }
}

if (!customElements.get('baton-chart')) {
  customElements.define('baton-chart', BatonChart);
}
