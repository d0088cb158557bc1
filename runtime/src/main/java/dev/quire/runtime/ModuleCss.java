package dev.quire.runtime;

/**
 * The original site's module CSS (its {@code _custom.scss}), plus the few rules that replace
 * its scripts: inline Font Awesome icons, sort arrows, hover dropdowns. One constant, so a document
 * carries it without reading a file on the first render. Every colour pair of text on its background
 * reads at 4.5:1 or more (WCAG 2.2 AA; 3:1 for large text): where the original's did not, the nearest
 * shade of the same hue that does, and Bootstrap's greys and blue darkened the same way.
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
      // Text and links that read on white and on Bootstrap's light greys and stripes (its #007bff is
      // 3.98:1 on white, its navbar grey 3.95:1, its code pink 3.82:1).
      + "a,.btn-link{color:#0062cc}a:hover,.btn-link:hover{color:#004a99}.text-primary{color:#0062cc!important}"
      + "code{color:#c41e6a}"
      // A link in running text is underlined: its colour alone would not set it apart from the text
      // around it (WCAG 1.4.1; the blue is 2.65:1 against the body's text colour).
      + ".main p a:not(.btn),.main li a:not(.btn),.main td a,.main blockquote a,.main dd a{text-decoration:underline}"
      + ".navbar-light .navbar-nav .nav-link{color:#595959}"
      + ".navbar-light .navbar-nav .nav-link:hover,.navbar-light .navbar-nav .nav-link:focus{color:#212529}"
      // The original's dark panel (its grey text #959596 was 3.48:1 on it).
      + ".row-text .second .text-col,.row-text-image .second .text-col,.row-image-text .second .text-col"
      + "{background:#413c58;color:#b4b4b5}"
      + ".second .text-col a,.second-wide .text-col a{color:#9ccbff}"
      + ".second .text-col button a,.second-wide .text-col button a{color:#0062cc}"
      + ".second .text-col code,.second-wide .text-col code{color:#ffb3d9}"
      + "@media(min-width:768px){.row-image-text .second-wide{margin-left:calc(100% - 729px);margin-right:calc(100% - 729px)}}"
      + "@media(min-width:992px){.row-image-text .second-wide{margin-left:calc(100% - 978px);margin-right:calc(100% - 978px)}}"
      + "@media(min-width:1200px){.row-image-text .second-wide{margin-left:calc(100% - 1200px);margin-right:calc(100% - 1200px)}}"
      + ".row-image-text .second-wide .text-col{background:#413c58;color:#b4b4b5}"
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
      + ".row-button-grid .button.highlight{background:#ff7878;color:#36324a}"
      // The events palette's red text darkened on its pastel buttons (it was 1.5 to 2:1), its orange
      // button darkened under white text.
      + "#events.row-button-grid .button.active{background:#cee5d0;color:#b00000}"
      + "#events.row-button-grid .button.deactive{background:#e0c097;color:#8f0000}"
      + "#events.row-button-grid .button.pending{background:#f3e37c;color:#b00000}"
      + "#events.row-button-grid .button.highlight{background:#d6330f;color:#fff}"
      // RowNewsList and the cards.
      // The original's list items are rows without a column, so they stuck out of their column by the
      // row's negative margins (past the screen's edge on a phone).
      + ".row-news-list-item{margin-left:0;margin-right:0}.row-news-list-item .card{width:100%}"
      // The list's orange and purple cards darkened under their yellow text (2.43:1 and 4.39:1 before).
      + ".row-news-list-item .first{background:#b52a0f}.row-news-list-item .second{background:#7a4b97}"
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
      // TableOfContents: a list without bullets, each level indented, beside a rule.
      + ".table-of-contents{border-left:3px solid #dee2e6;padding:.25rem 0 .25rem 1rem;margin:1rem 0}"
      + ".table-of-contents-title{font-weight:700;margin-bottom:.5rem}"
      + ".table-of-contents ul{list-style:none;padding-left:0;margin:0}.table-of-contents ul ul{padding-left:1rem}"
      + ".table-of-contents li{margin:.25rem 0}"
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
      // A sortable header's button (the table script makes it) looks like the header it replaces.
      + ".b-table .sort-button{background:none;border:0;padding:0;font:inherit;color:inherit;text-align:inherit;"
      + "cursor:pointer}"
      + ".b-table .sort-button:focus-visible{outline:2px solid #0062cc;outline-offset:2px}"
      + ".b-table th[aria-sort] div::after{content:\" \\2195\";opacity:.4}"
      + ".b-table th[aria-sort=ascending] div::after{content:\" \\2191\";opacity:1}"
      + ".b-table th[aria-sort=descending] div::after{content:\" \\2193\";opacity:1}"
      // Navigation and footer.
      + ".main-nav-bar .nav-link:hover{text-decoration:underline #f06449}"
      // Dropdowns: the navigation script's disclosure; without it, hover and focus open them.
      + ".main-nav-bar .dropdown.show>.dropdown-menu{display:block}"
      + ".main-nav-bar:not([data-script]) .dropdown:hover>.dropdown-menu,"
      + ".main-nav-bar:not([data-script]) .dropdown:focus-within>.dropdown-menu{display:block}"
      // The skip link shows where it is when a keyboard reaches it.
      + ".skip-link:focus{position:absolute;z-index:1040;top:.5rem;left:.5rem;padding:.5rem 1rem;background:#fff;"
      + "border:2px solid #0062cc}"
      + ".footer{background:#f5f5f5}";
}
