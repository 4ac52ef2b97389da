package fi.keinokartta.web;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as inline SVG: one path of dark modules on a light square, colours as SVG attributes (the
 * Content-Security-Policy forbids inline styles), with a title for screen readers.
 */
final class QrSvg {

    private static final int BORDER = 4;

    private QrSvg() {
    }

    /** The SVG, or an empty string for an address too long for a QR code (the address is written out anyway). */
    static String of(String text, String title) {
        QrCode qr;
        try {
            qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        } catch (io.nayuki.qrcodegen.DataTooLongException e) {
            return "";
        }
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-labelledby=\"qr-title\" shape-rendering=\"crispEdges\"><title id=\"qr-title\">"
                + Html.escape(title) + "</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path
                + "\" fill=\"#000000\"/></svg>";
    }
}
