package dev.quire.runtime;

/**
 * The original site's module CSS (its {@code _custom.scss}), plus the few rules that replace
 * its scripts: inline Font Awesome icons, sort arrows, hover dropdowns. One constant, so a document
 * carries it without reading a file on the first render.
 */
final class ModuleCss {
  private ModuleCss() {}

  static final String CSS = "body{display:flex;flex-direction:column;min-height:100vh}"
      + ".main>.container{padding:60px 15px 90px}"
      + "img{max-width:100%;max-height:100%}"
      + ".row-separator{padding:1rem 0}"
      + ".row-separator.extra-small{padding:.5rem 0}"
      + ".row-separator.small{padding:.75rem 0}"
      + ".row-separator.medium{padding:1rem 0}"
      + ".row-separator.large{padding:1.5rem 0}"
      + ".row-separator.extra-large{padding:3rem 0}"
      + ".row-text .second .text-col,.row-text-image .second .text-col,.row-image-text .second .text-col"
      + "{background:#413c58;color:#959596}"
      + "@media(min-width:768px){.row-image-text .second-wide{margin-left:calc(100% - 729px);margin-right:calc(100% - 729px)}}"
      + "@media(min-width:992px){.row-image-text .second-wide{margin-left:calc(100% - 978px);margin-right:calc(100% - 978px)}}"
      + "@media(min-width:1200px){.row-image-text .second-wide{margin-left:calc(100% - 1200px);margin-right:calc(100% - 1200px)}}"
      + ".row-image-text .second-wide .text-col{background:#413c58;color:#959596}"
      + ".row-image.border-image{max-height:175px;margin:2rem 0;overflow:hidden}"
      + ".row-image.border-image img{width:100%;margin-top:-250px}"
      + "blockquote{padding:.75rem 2rem .25rem;background:rgba(243,227,124,.25)}"
      // Font Awesome's inline SVG rules.
      + ".svg-inline--fa{display:inline-block;height:1em;overflow:visible;vertical-align:-.125em;width:auto}"
      + ".fa-2x{font-size:2em}"
      // RowButtonGrid and RowNewsList headers.
      + ".col-title{height:100px}.col-title .h5{font-size:1.2rem}.col-title-subtitle{font-size:1rem}"
      + ".row-button-grid .button{border:0;border-radius:.6rem;box-shadow:rgba(0,0,0,.2) 3px 3px 3px}"
      + ".row-button-grid .button-title{font-size:1rem;font-weight:bolder;margin:0}"
      + ".row-button-grid .button-subtitle{font-size:.9rem;font-style:oblique;margin:0}"
      + ".row-button-grid .button.active{background:#efefef;color:#180a0a}"
      + ".row-button-grid .button.deactive{background:#f3f0d7;color:#413c58;pointer-events:none;cursor:not-allowed}"
      + ".row-button-grid .button.pending{background:#d1d1d1;color:#180a0a}"
      + ".row-button-grid .button.highlight{background:#ff7878;color:#413c58}"
      + "#events.row-button-grid .button.active{background:#cee5d0;color:#ff7878}"
      + "#events.row-button-grid .button.deactive{background:#e0c097;color:#ff7878}"
      + "#events.row-button-grid .button.pending{background:#f3e37c;color:#ff7878}"
      + "#events.row-button-grid .button.highlight{background:#f06449;color:#fff}"
      // RowNewsList and the cards.
      // The original's list items are rows without a column, so they stuck out of their column by the
      // row's negative margins (past the screen's edge on a phone).
      + ".row-news-list-item{margin-left:0;margin-right:0}.row-news-list-item .card{width:100%}"
      + ".row-news-list-item .first{background:#f06449}.row-news-list-item .second{background:#8252a0}"
      + ".row-news-list-item .third{background:#413c58}"
      + ".row-news-list-item .card,.row-news-list-item .card a{color:#f3e37c}"
      + ".row-news-list-item .card-title{font-size:.8rem;font-weight:bolder}"
      + ".row-news-list-item .card-sub-title,.row-news-list-item .card-footer{font-size:.6rem;font-style:oblique}"
      // Every card's image the same height, so that the titles beside each other line up; stacked
      // cards apart.
      + ".news-card-image{width:100%;aspect-ratio:2/1;object-fit:cover}.card-footer{font-size:smaller}"
      + ".row-news-cards .row>div{margin-bottom:1.5rem}"
      // The tags wrap instead of scrolling sideways on a phone, and their box keeps inside the page.
      + ".row-tags>.row{margin-left:0;margin-right:0}"
      + ".row-tags .list-group-horizontal{flex-wrap:wrap;justify-content:center}.row-tags .list-group-item{flex:0 0 auto}"
      // An entry's by-line and tags under its title, its way back to the collection above it.
      + ".row-document-header .byline{margin:.75rem 0 .5rem}.row-document-header .entry-tags{margin:0}"
      + ".row-document-header .collection-link{font-size:.9rem}"
      // A card's date never breaks; in a narrow card the author moves below it instead.
      + ".card-footer time{white-space:nowrap}.card-footer .row>.col{flex-basis:auto;width:auto}"
      // The original's gold subtitle (#dda952, 2.1:1 on white) darkened to the nearest shade that reads (4.6:1).
      + ".row-document-header h1.display-5{color:#0c90e9}.row-document-header .lead{color:#9a6c12}"
      + "a.disabled{opacity:.5;pointer-events:none}"
      // RowDynamicTable: sort arrows in place of bootstrap-vue's.
      + ".b-table td img{max-height:4rem;width:auto}.b-table td time{white-space:nowrap}"
      // On a phone the cells give up some padding, so that a row of dates on one line still fits.
      + "@media(max-width:575.98px){.b-table th,.b-table td{padding:.5rem .3rem}}"
      + ".b-table th[aria-sort]{cursor:pointer}"
      + ".b-table th[aria-sort]>div::after{content:\" \\2195\";opacity:.4}"
      + ".b-table th[aria-sort=ascending]>div::after{content:\" \\2191\";opacity:1}"
      + ".b-table th[aria-sort=descending]>div::after{content:\" \\2193\";opacity:1}"
      // Navigation and footer.
      + ".main-nav-bar .nav-link:hover{text-decoration:underline #f06449}"
      + ".main-nav-bar .dropdown:hover>.dropdown-menu,.main-nav-bar .dropdown:focus-within>.dropdown-menu{display:block}"
      + ".footer{background:#f5f5f5}";
}
