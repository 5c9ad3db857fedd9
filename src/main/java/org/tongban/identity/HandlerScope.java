package org.tongban.identity;

/** What an enterprise lets a handler (经办人) do on its behalf. */
public enum HandlerScope {
    /** 申报办理: apply for services and follow the cases. */
    APPLY,
    /** 查询: see the enterprise's cases and records. */
    QUERY,
    /** 证照使用: present and use the enterprise's electronic licenses. */
    LICENSE
}
