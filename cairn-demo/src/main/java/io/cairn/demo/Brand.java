package io.cairn.demo;

import java.util.List;

/** The world's well-known brands: fictional companies whose customers campaigns go after. */
record Brand(String word, String domain, String company, String sector) {
    static final List<Brand> ALL = List.of(
            new Brand("novabank", "novabank.com", "Novabank Group", "financial-services"),
            new Brand("swiftparcel", "swiftparcel.com", "Swiftparcel Logistics", "logistics"),
            new Brand("cloudvault", "cloudvault.io", "Cloudvault Storage", "technology"),
            new Brand("shopmarta", "shopmarta.com", "Marta Retail", "retail"),
            new Brand("paylark", "paylark.com", "Paylark Payments", "financial-services"),
            new Brand("mailorbit", "mailorbit.net", "Mailorbit Communications", "technology"));
}
