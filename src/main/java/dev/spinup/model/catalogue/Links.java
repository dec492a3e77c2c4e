package dev.spinup.model.catalogue;

/**
 * Addresses cited by more than one {@link Source} row. Every address here was either checked against a stored copy
 * of the page or is a GitHub repository, file, issue or pull request named in calibration.md.
 */
final class Links {

    static final String NSDI20_DATA = "https://github.com/firecracker-microvm/nsdi2020-data";
    static final String FIRECRACKER_SPEC =
            "https://github.com/firecracker-microvm/firecracker/blob/main/SPECIFICATION.md";
    static final String QBOOT_ANNOUNCEMENT = "https://lwn.net/Articles/645455/";
    static final String GVISOR_PERFORMANCE_GUIDE = "https://gvisor.dev/docs/architecture_guide/performance/";
    static final String ARXIV_2602_15214 = "https://arxiv.org/abs/2602.15214";
    static final String RUND_ATC22 = "https://www.usenix.org/conference/atc22/presentation/li-zijun-rund";
    static final String MOHAN_HOTCLOUD19 = "https://www.usenix.org/conference/hotcloud19/presentation/mohan";
    static final String CONTAINERD_ISSUE_2020 = "https://github.com/containerd/containerd/issues/2020";
    static final String CONTAINERD_PULL_6111 = "https://github.com/containerd/containerd/pull/6111";
    static final String CONTAINERD_DISCUSSION_13349 = "https://github.com/containerd/containerd/discussions/13349";
    static final String KUBERNETES_PR_74041 = "https://github.com/kubernetes/kubernetes/pull/74041";

    private Links() {
    }
}
