import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/build/html';
import * as text from '../../../scripts/build/search-text';

const indexedText = (html: string) => text.indexedText(parseHtml(html));
const hasContentRegions = (html: string) => text.hasContentRegions(parseHtml(html));
const firstHeading = (html: string) => text.firstHeading(parseHtml(html));

const page = `<!doctype html><html lang="vi"><head><title>T</title><script>var đ = 1;</script><style>p{}</style></head>
<body><header>Chủ đề</header><main>
<article data-pagefind-body><span hidden data-pagefind-ignore data-pagefind-filter="topic">Đề án 06</span>
<h1 data-pagefind-meta="title">Định <em>danh</em> &amp; xác thực</h1><img src="x.svg" alt=""><br/>
<table><thead data-pagefind-ignore><tr><th>Giá trị</th></tr></thead><tbody><tr><td>84,7&nbsp;triệu</td></tr></tbody></table>
<p>Điện tử<span class="badge" data-pagefind-ignore>biên tập</span></p><noscript>đoạn ẩn</noscript></article>
<p>Ngoài vùng: đường</p></main><footer>Dữ liệu</footer></body></html>`;

describe('indexedText', () => {
  it('indexedText keeps the content regions, without ignored parts, scripts or styles', () => {
    expect(indexedText(page)).toBe('Định danh & xác thực 84,7 triệu Điện tử');
  });
  it('indexedText leaves out what Pagefind removes: navigation, footers, forms, labels, SVG, frames', () => {
    const html = '<body><main data-pagefind-body><nav>Lào Cai</nav><p>Kinh tế</p><form><label>Tìm</label><input></form>' +
      '<svg><text>số</text></svg><iframe>x</iframe><footer>Chân trang</footer><p>số</p></main></body>';
    expect(indexedText(html)).toBe('Kinh tế số');
  });
  it('indexedText reads the whole body of a page without regions', () => {
    expect(indexedText('<html><head><title>x</title></head><body><p>Đề án</p><script>đ</script></body></html>')).toBe('Đề án');
  });
  it('indexedText reads several regions and nested elements of the same name', () => {
    expect(indexedText('<div><h1 data-pagefind-body>A</h1><div><section data-pagefind-body>B <div>C</div> D</section></div><p>E</p></div>')).toBe('A B C D');
  });
  it('indexedText reads character references as text', () => {
    expect(indexedText('<p data-pagefind-body>&#272;&#x1ec1; &amp; &quot;x&quot;</p>')).toBe('Đề & "x"');
  });
  it('indexedText is not fooled by > inside attribute values', () => {
    expect(indexedText('<div data-pagefind-body><a title="a > b" href="#">Đi</a></div>')).toBe('Đi');
  });
});

describe('hasContentRegions', () => {
  it('hasContentRegions sees data-pagefind-body on any element', () => {
    expect(hasContentRegions(page)).toBe(true);
    expect(hasContentRegions('<main class="data-pagefind-body">x</main>')).toBe(false);
  });
});

describe('firstHeading', () => {
  it('firstHeading gives the first h1 as text', () => {
    expect(firstHeading(page)).toBe('Định danh & xác thực');
    expect(firstHeading('<p>none</p>')).toBe('');
  });
});
